package io.diplomatictimeline.timeline.publication;

import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.correction.FactRetracted;
import io.diplomatictimeline.timeline.fact.Source;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Corrections and retractions as consumers read them (the `data` of their CloudEvents; docs/corrections.md): the
 * change's own id and type, the fact it changes, the fact's new version, the change's place on the track and
 * recording time, and why and on whose word. Fields are written in the order declared.
 */
public final class RevisionDocuments {

    /** A fact-corrected event: the merge patch as accepted, and the whole fact as it now reads. */
    public record Correction(UUID id, String type, String track, UUID factId, String factType, int version,
                             long sequence, Instant recordedAt, String reason, Source source,
                             Map<String, Object> changes, FactDocument fact) {

        static Correction of(FactCorrected event) {
            return new Correction(event.id(), event.type(), event.track(), event.factId(), event.factType(),
                    event.version(), event.sequence(), event.recordedAt(), event.reason(), event.source(),
                    event.changes(), FactDocument.of(event.fact()));
        }
    }

    /** A fact-retracted event. */
    public record Retraction(UUID id, String type, String track, UUID factId, String factType, int version,
                             long sequence, Instant recordedAt, String reason, Source source) {

        static Retraction of(FactRetracted event) {
            return new Retraction(event.id(), event.type(), event.track(), event.factId(), event.factType(),
                    event.version(), event.sequence(), event.recordedAt(), event.reason(), event.source());
        }
    }

    private RevisionDocuments() {
    }
}
