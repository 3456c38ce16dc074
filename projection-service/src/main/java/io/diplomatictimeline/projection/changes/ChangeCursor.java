package io.diplomatictimeline.projection.changes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the change feed ended: the place of its last change in recorded order. The next page starts right
 * after it, so changes are neither skipped nor repeated, whichever share a recording time.
 */
record ChangeCursor(Instant recordedAt, UUID eventId) {

    private static final String SEPARATOR = "|";

    /** Reads a token made by {@link #token()}; empty when the text is not one. */
    static Optional<ChangeCursor> parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split("\\" + SEPARATOR, -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new ChangeCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (RuntimeException notACursor) {
            return Optional.empty();
        }
    }

    /** The opaque text clients pass back as {@code since}: URL-safe, so it needs no escaping in a query string. */
    @JsonValue
    String token() {
        String key = recordedAt + SEPARATOR + eventId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
