package io.diplomatictimeline.projection.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants as query parameters give them: ISO-8601 with {@code Z} or an offset. */
public final class Instants {

    private Instants() {
    }

    /**
     * Reads {@code 2025-04-10T12:00:00Z}, or with an offset such as {@code +03:00} (sent as {@code %2B03:00}: a +
     * in a query string stands for a space).
     *
     * @throws DateTimeParseException when the text is not such an instant
     */
    public static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException withAnOffset) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }
}
