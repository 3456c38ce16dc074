package io.diplomatictimeline.timeline.publication;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.Actor;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Place;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded fact as JSON consumers read it (the `data` of each Kafka record, DESIGN.md §6): the posted
 * envelope with its type-specific `details`, plus the sequence and recording time the timeline gave it, and
 * its PLOVER category (null where none fits).
 */
public record FactDocument(
        UUID id,
        String type,
        String track,
        EdtfDate occurredOn,
        String title,
        String summary,
        List<Actor> actors,
        Place location,
        List<String> topics,
        List<Source> sources,
        FactDetails details,
        long sequence,
        Instant recordedAt,
        Plover plover) {

    public static FactDocument of(TimelineEvent event) {
        FactHeader fact = event.fact();
        return new FactDocument(fact.id(), event.type(), fact.track(), fact.occurredOn(), fact.title(),
                fact.summary(), fact.actors(), fact.location(), fact.topics(), fact.sources(), event.details(),
                event.sequence(), event.recordedAt(), event.plover());
    }
}
