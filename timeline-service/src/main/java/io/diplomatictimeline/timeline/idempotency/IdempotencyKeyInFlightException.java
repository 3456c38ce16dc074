package io.diplomatictimeline.timeline.idempotency;

/** The first request with this key is still being processed (409 in the draft); the client retries later. */
public class IdempotencyKeyInFlightException extends RuntimeException {

    public IdempotencyKeyInFlightException() {
        super("belongs to a request of this client that is still being processed; retry once it has been answered");
    }
}
