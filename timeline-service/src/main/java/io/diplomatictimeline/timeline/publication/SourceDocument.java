package io.diplomatictimeline.timeline.publication;

import io.diplomatictimeline.timeline.corroboration.SourceAdded;
import io.diplomatictimeline.timeline.fact.Source;
import java.time.Instant;
import java.util.UUID;

/**
 * A source added to a fact as consumers read it (the `data` of its CloudEvent; docs/vocabulary.md): the addition's
 * own id and type, the fact it is about and that fact's version (unchanged), its place on the track and recording
 * time, the source and its stance. Fields are written in the order declared.
 */
public record SourceDocument(UUID id, String type, String track, UUID factId, String factType, int version,
                             long sequence, Instant recordedAt, Source source, String stance) {

    static SourceDocument of(SourceAdded event) {
        return new SourceDocument(event.id(), event.type(), event.track(), event.factId(), event.factType(),
                event.version(), event.sequence(), event.recordedAt(), event.source(), event.stance());
    }
}
