package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A fact as the timeline receives it: the few fields it filters and orders by, and the whole published document,
 * which is what readers get back. This service's own type: it shares no Java class with timeline-service.
 *
 * @param sequence the fact's place in its track, when the producer gave one
 */
public record RecordedFact(
        UUID id,
        String type,
        String track,
        EdtfDate occurredOn,
        Instant recordedAt,
        Long sequence,
        ObjectNode document) {

    public RecordedFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(document, "document");
    }
}
