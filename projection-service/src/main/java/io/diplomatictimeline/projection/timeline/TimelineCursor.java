package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the timeline ended: the sort key of its last entry. The next page starts right after it, so
 * entries recorded meanwhile neither shift the pages nor show up twice, whatever the offset would have been.
 *
 * <p>The token carries a check of its key, so that only a token this API gave out is taken: one edited, cut short, or
 * made by hand (which would page from wherever it pointed) is refused as such. The check is tamper-evident, not
 * secret: nothing depends on keeping cursors from being made.
 */
public record TimelineCursor(LocalDate periodStart, Instant recordedAt, UUID id) {

    private static final String SEPARATOR = "|";
    private static final byte[] CHECKED_AS = "diplomatic-timeline cursor ".getBytes(StandardCharsets.UTF_8);
    private static final int CHECK_BYTES = 9;

    /** Reads a token made by {@link #token()}; empty when the text is not one. */
    public static Optional<TimelineCursor> parse(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int checkAt = text.lastIndexOf(SEPARATOR);
            if (checkAt < 0) {
                return Optional.empty();
            }
            String key = text.substring(0, checkAt);
            byte[] check = Base64.getUrlDecoder().decode(text.substring(checkAt + 1));
            String[] parts = key.split("\\" + SEPARATOR, -1);
            if (parts.length != 3 || !MessageDigest.isEqual(check, check(key))) {
                return Optional.empty();
            }
            TimelineCursor cursor = new TimelineCursor(
                    LocalDate.parse(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
            return cursor.key().equals(key) ? Optional.of(cursor) : Optional.empty();
        } catch (RuntimeException notACursor) {
            return Optional.empty();
        }
    }

    /** The opaque text clients pass back as {@code cursor}: URL-safe, so it needs no escaping in a query string. */
    @JsonValue
    public String token() {
        String key = key();
        String checked = key + SEPARATOR + Base64.getUrlEncoder().withoutPadding().encodeToString(check(key));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(checked.getBytes(StandardCharsets.UTF_8));
    }

    private String key() {
        return periodStart + SEPARATOR + recordedAt + SEPARATOR + id;
    }

    private static byte[] check(String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(CHECKED_AS);
            return Arrays.copyOf(sha256.digest(key.getBytes(StandardCharsets.UTF_8)), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
