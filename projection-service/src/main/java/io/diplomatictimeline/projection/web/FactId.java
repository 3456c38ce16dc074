package io.diplomatictimeline.projection.web;

import java.util.Optional;
import java.util.UUID;

/** A fact id in a path: text that is not a UUID names no fact, which is a 404 like any other unknown id. */
public final class FactId {

    private FactId() {
    }

    public static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
