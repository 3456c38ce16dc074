package io.diplomatictimeline.projection.consumption;

/**
 * A record that no retry can make readable: trying it again would only stop the partition behind it, so the error
 * handler hands it to the dead-letter topic at once.
 */
class UnreadableFactException extends RuntimeException {

    private final DeadLetterReason reason;

    UnreadableFactException(DeadLetterReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    DeadLetterReason reason() {
        return reason;
    }
}
