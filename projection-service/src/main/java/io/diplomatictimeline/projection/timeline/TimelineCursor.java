package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the timeline ended: the sort key of its last entry. The next page starts right after it, so
 * entries recorded meanwhile neither shift the pages nor show up twice, whatever the offset would have been.
 */
public record TimelineCursor(LocalDate periodStart, Instant recordedAt, UUID id) {

    private static final String SEPARATOR = "|";

    /** Reads a token made by {@link #token()}; empty when the text is not one. */
    public static Optional<TimelineCursor> parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split("\\" + SEPARATOR, -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new TimelineCursor(
                    LocalDate.parse(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2])));
        } catch (RuntimeException notACursor) {
            return Optional.empty();
        }
    }

    /** The opaque text clients pass back as {@code cursor}: URL-safe, so it needs no escaping in a query string. */
    @JsonValue
    public String token() {
        String key = periodStart + SEPARATOR + recordedAt + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
