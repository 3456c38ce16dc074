package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * One type of the vocabulary: its name, the shape of its details, the command that records it, and its event,
 * whose record also knows the type's PLOVER category.
 */
record FactKind<D extends FactDetails>(String type, Class<D> detailsType,
                                       BiFunction<FactHeader, D, Object> command, Event<D> event) {

    /** An event record's constructor: (fact, details, sequence, recordedAt). */
    @FunctionalInterface
    interface Event<D extends FactDetails> {
        TimelineEvent of(FactHeader fact, D details, long sequence, Instant recordedAt);
    }

    Object commandFor(FactHeader header, FactDetails details) {
        return command.apply(header, detailsType.cast(details));
    }

    /** The fact as a version of it reads, keeping the place and time of its first recording. */
    RecordedFact recorded(FactHeader header, FactDetails details, long sequence, Instant recordedAt) {
        return event.of(header, detailsType.cast(details), sequence, recordedAt).recorded();
    }
}
