package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The digest of a timeline: one hash over every fact on it, which timeline-service computes the same way over its
 * event store, so that the two can be compared (the same facts, each exactly as published). The formula, which both
 * services must keep byte for byte:
 *
 * <pre>
 * canonical(document) = the fact's JSON document parsed into a Jackson tree and written back by an ObjectMapper
 *                       with JsonNodeFeature.WRITE_PROPERTIES_SORTED enabled and every other setting Jackson's
 *                       default: keys sorted at every level, no whitespace; as UTF-8 bytes
 * line(fact)          = id + " " + sha256hex(canonical(document)) + "\n"    (id: the lowercase UUID string)
 * digest              = sha256hex(the lines of every fact, sorted by id, concatenated, as UTF-8 bytes)
 * facts               = the number of lines
 * </pre>
 *
 * sha256hex is the lowercase hex of the SHA-256. Facts are added one at a time, in id order, so that a timeline of
 * any length is digested in constant memory.
 */
public final class TimelineDigest {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private final MessageDigest lines = sha256();
    private String lastId;
    private long facts;

    /** Adds a fact; facts come in ascending order of their id's string. */
    public void add(UUID id, String document) {
        String idText = id.toString();
        if (lastId != null && idText.compareTo(lastId) <= 0) {
            throw new IllegalStateException("facts must come in ascending id order: " + idText + " after " + lastId);
        }
        String line = idText + " " + HexFormat.of().formatHex(sha256().digest(canonical(document))) + "\n";
        lines.update(line.getBytes(StandardCharsets.UTF_8));
        lastId = idText;
        facts++;
    }

    public Digest result() {
        return new Digest(facts, HexFormat.of().formatHex(lines.digest()));
    }

    static byte[] canonical(String document) {
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.readTree(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored timeline entry is not JSON", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The answer of GET /api/timeline/digest. */
    public record Digest(long facts, String digest) {
    }
}
