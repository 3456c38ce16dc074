package io.diplomatictimeline.timeline.recording;

import java.util.UUID;

/** A fact posted with the id of an earlier, different fact. A true retry (same body) is not an error. */
public class IdReusedException extends RuntimeException {

    public IdReusedException(UUID id) {
        super("id " + id + " was already used for a different fact");
    }
}
