package io.diplomatictimeline.timeline.fact;

import java.util.UUID;

/**
 * Whether a fact has been recorded, on any track. Facts refer to one another across tracks, and a track
 * must not hold every id of the timeline in memory to check them.
 */
public interface KnownFacts {

    boolean isRecorded(UUID factId);
}
