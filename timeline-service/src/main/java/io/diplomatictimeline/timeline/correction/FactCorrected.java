package io.diplomatictimeline.timeline.correction;

import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.Source;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded fact was corrected. {@code fact} is the whole fact as it now reads, keeping the sequence and
 * recording time of its first version; {@code changes} is the merge patch as accepted.
 */
public record FactCorrected(UUID id, UUID factId, String track, String factType, int version, long sequence,
                            Instant recordedAt, String reason, Source source, Map<String, Object> changes,
                            RecordedFact fact) implements FactRevision {

    public static final String TYPE = "fact-corrected";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public FactStatus status() {
        return FactStatus.CURRENT;
    }
}
