package io.diplomatictimeline.projection.consumption;

/** The broker could not be asked about the fact topic or its consumer group (down, slow, or refusing). */
public class FactStreamUnavailableException extends RuntimeException {

    FactStreamUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
