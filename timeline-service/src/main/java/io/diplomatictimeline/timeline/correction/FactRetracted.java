package io.diplomatictimeline.timeline.correction;

import io.diplomatictimeline.timeline.fact.Source;
import java.time.Instant;
import java.util.UUID;

/** A recorded fact was retracted: it stays in the history, and no longer counts. */
public record FactRetracted(UUID id, UUID factId, String track, String factType, int version, long sequence,
                            Instant recordedAt, String reason, Source source) implements FactRevision {

    public static final String TYPE = "fact-retracted";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public FactStatus status() {
        return FactStatus.RETRACTED;
    }
}
