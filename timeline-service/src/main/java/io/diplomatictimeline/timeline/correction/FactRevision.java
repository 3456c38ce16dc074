package io.diplomatictimeline.timeline.correction;

import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import java.util.UUID;

/**
 * A later version of a recorded fact: a correction or a retraction. It takes its own place on the track, is
 * published under its own id, and says why ({@code reason}) and on whose word ({@code source}).
 */
public interface FactRevision extends TrackEvent {

    /** The id of this change; never the fact's id. */
    UUID id();

    UUID factId();

    /** The fact's vocabulary type, which no correction changes. */
    String factType();

    /** The fact's version after this change: 1 is the fact as first recorded, each change adds one. */
    int version();

    String reason();

    Source source();

    FactStatus status();

    @Override
    default UUID eventId() {
        return id();
    }

    default RevisionReceipt receipt() {
        return new RevisionReceipt(factId(), track(), factType(), version(), sequence(), recordedAt(),
                status().toString());
    }
}
