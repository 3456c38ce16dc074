package io.diplomatictimeline.projection.consumption;

/** The consumer group cannot be rewound now, for a reason an operator can act on; nothing was changed. */
public class RewindRefusedException extends RuntimeException {

    RewindRefusedException(String message) {
        super(message);
    }
}
