package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The digest of a timeline: one value over every event applied to it (each fact as first recorded, each correction,
 * each retraction), which timeline-service computes the same way over its event store (its FactDigest), so that the
 * two can be compared: the same events, each once, exactly as published. The formula, which both services must keep
 * byte for byte:
 *
 * <pre>
 * canonical(data) = the event's data parsed into a Jackson tree and written back with
 *                   JsonNodeFeature.WRITE_PROPERTIES_SORTED: keys sorted at every level, no whitespace, UTF-8
 * line(event)     = id + " " + sha256hex(canonical(data))  (id: the event id as a lowercase UUID string; for a
 *                                                           fact as first recorded, the fact's id)
 * digest          = the sum of sha256(line) over every event, as unsigned integers, modulo 2^256, as 64 hex digits
 * facts           = the number of lines, that is of events
 * </pre>
 *
 * A sum does not depend on the order the events come in, so neither side sorts, a timeline of any length is digested
 * in constant memory, and an event counted twice changes the result.
 */
public final class TimelineDigest {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private BigInteger sum = BigInteger.ZERO;
    private long facts;

    public void add(UUID id, String document) {
        String line = id + " " + HexFormat.of().formatHex(sha256(canonical(document)));
        sum = sum.add(new BigInteger(1, sha256(line.getBytes(StandardCharsets.UTF_8)))).mod(MODULUS);
        facts++;
    }

    public Digest result() {
        return new Digest(facts, String.format("%064x", sum));
    }

    static byte[] canonical(String document) {
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.readTree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored timeline entry is not JSON", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The answer of GET /api/timeline/digest. */
    public record Digest(long facts, String digest) {
    }
}
