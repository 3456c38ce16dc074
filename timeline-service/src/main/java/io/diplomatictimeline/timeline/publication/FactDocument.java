package io.diplomatictimeline.timeline.publication;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

/**
 * A recorded fact as JSON consumers read it (the `data` of each Kafka record, DESIGN.md §6): the posted
 * envelope, flat, with its type and type-specific `details`, plus the sequence and recording time the
 * timeline gave it, and its PLOVER category (null where none fits).
 */
public record FactDocument(
        @JsonUnwrapped FactHeader fact,
        String type,
        FactDetails details,
        long sequence,
        Instant recordedAt,
        Plover plover) {

    public static FactDocument of(TimelineEvent event) {
        return new FactDocument(event.fact(), event.type(), event.details(), event.sequence(), event.recordedAt(),
                event.plover());
    }

    /** The fact as it reads at one of its versions, with the sequence and time of its first recording. */
    public static FactDocument of(RecordedFact fact) {
        return new FactDocument(fact.header(), fact.type(), fact.details(), fact.sequence(), fact.recordedAt(),
                fact.plover());
    }
}
