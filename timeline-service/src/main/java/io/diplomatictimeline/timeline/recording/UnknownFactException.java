package io.diplomatictimeline.timeline.recording;

import java.util.UUID;

/** A change asked of a fact the timeline never recorded. */
public class UnknownFactException extends RuntimeException {

    public UnknownFactException(UUID id) {
        super("no fact " + id + " was recorded");
    }
}
