package io.diplomatictimeline.timeline.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The value of an Idempotency-Key header. The draft makes it a structured-field string ("..."); a bare token is
 * taken too, as most clients send one. Keys are per client: two clients may use the same key.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final String RULE = "must be 1 to 255 visible ASCII characters (other than '\"' and '\\'), "
            + "optionally in double quotes";
    private static final Pattern VALID = Pattern.compile("[!#-\\[\\]-~]{1,255}");

    public static IdempotencyKey parse(String header) {
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!VALID.matcher(value).matches()) {
            throw new InvalidIdempotencyKeyException(RULE);
        }
        return new IdempotencyKey(value);
    }

    /**
     * The id of the fact a keyed request records when its body names none: derived from client and key, so a
     * retry records (and is answered as) the same fact even after the key itself has expired.
     */
    public UUID factIdFor(String client) {
        return UUID.nameUUIDFromBytes(("idempotency-key\n" + client + "\n" + value).getBytes(StandardCharsets.UTF_8));
    }
}
