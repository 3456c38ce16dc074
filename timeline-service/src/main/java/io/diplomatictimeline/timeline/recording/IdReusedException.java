package io.diplomatictimeline.timeline.recording;

import java.util.UUID;

/** A fact posted with the id of an earlier, different fact. A true retry (same body) is not an error. */
public class IdReusedException extends RuntimeException {

    public IdReusedException(UUID id) {
        this(id, "a different fact");
    }

    /** {@code usedFor} says what took the id first, as in "a correction of a fact". */
    public IdReusedException(UUID id, String usedFor) {
        super("id " + id + " was already used for " + usedFor);
    }
}
