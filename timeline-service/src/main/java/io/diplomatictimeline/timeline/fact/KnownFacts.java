package io.diplomatictimeline.timeline.fact;

import java.util.Optional;
import java.util.UUID;

/**
 * The facts recorded on any track. Facts refer to one another across tracks, and a track must not hold every id
 * of the timeline in memory to check them.
 */
public interface KnownFacts {

    boolean isRecorded(UUID factId);

    /** The fact as it now stands; empty when it was never recorded. */
    Optional<KnownFact> find(UUID factId);
}
