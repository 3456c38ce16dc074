package io.diplomatictimeline.timeline.idempotency;

/** The client sent a key it already used for a different request body (422 in the draft). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("was already used by this client for a different request body; use a new key for a new request");
    }
}
