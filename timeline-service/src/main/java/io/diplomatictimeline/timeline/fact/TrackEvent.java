package io.diplomatictimeline.timeline.fact;

import java.time.Instant;
import java.util.UUID;

/**
 * Anything that happens to a track's history: a fact recorded, or a later version of one (a correction or a
 * retraction). Each takes the next place on its track and is published as one CloudEvent.
 */
public interface TrackEvent {

    /** The id consumers know this event by: a fact's own id, or a new id for each change of a fact. */
    UUID eventId();

    String track();

    /**
     * What happened, as the last part of the CloudEvent type: a fact's vocabulary type (as in {@code round-held}),
     * or {@code fact-corrected} or {@code fact-retracted} for a change of a fact.
     */
    String type();

    /** This event's place in its track's history, counting from 1. */
    long sequence();

    /** When the timeline recorded it (transaction time). */
    Instant recordedAt();
}
