package io.diplomatictimeline.timeline.idempotency;

/** An Idempotency-Key header that is empty, too long or not visible ASCII. */
public class InvalidIdempotencyKeyException extends RuntimeException {

    public InvalidIdempotencyKeyException(String rule) {
        super(rule);
    }
}
