package io.diplomatictimeline.projection.consumption;

/**
 * A record that no retry can make readable: trying it again would only stop the partition behind it, so the error
 * handler hands it to the recoverer at once.
 */
class UnreadableFactException extends RuntimeException {

    UnreadableFactException(String reason) {
        super(reason);
    }
}
