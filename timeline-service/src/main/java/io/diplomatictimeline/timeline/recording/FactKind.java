package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import java.util.function.BiFunction;

/** One type of the vocabulary: its name, the shape of its details, and the command that records it. */
record FactKind<D extends FactDetails>(String type, Class<D> detailsType,
                                       BiFunction<FactHeader, D, Object> command) {

    Object commandFor(FactHeader header, FactDetails details) {
        return command.apply(header, detailsType.cast(details));
    }
}
