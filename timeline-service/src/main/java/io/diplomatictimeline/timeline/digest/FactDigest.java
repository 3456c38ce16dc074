package io.diplomatictimeline.timeline.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A fingerprint of a set of published facts, so that the event store and a read model can be shown to hold
 * the same facts, each exactly once. projection-service computes the same over its timeline:
 * <ol>
 *   <li>each fact's published JSON is read into a tree and written back with keys sorted, no whitespace;</li>
 *   <li>its line is {@code "<id> <sha256 hex of that JSON>"};</li>
 *   <li>the digest is the sum of the lines' SHA-256 values, as unsigned integers, modulo 2^256, in hex.</li>
 * </ol>
 * A sum does not depend on the order facts are read in, so neither side has to sort a million facts, and a
 * fact counted twice changes it.
 */
public final class FactDigest {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final ObjectMapper json;
    private final ObjectWriter sortedWriter;
    private BigInteger sum = BigInteger.ZERO;
    private long facts;

    public FactDigest(ObjectMapper json) {
        this.json = json;
        this.sortedWriter = json.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);
    }

    public void add(UUID id, byte[] publishedJson) {
        try {
            byte[] canonical = sortedWriter.writeValueAsBytes(json.readTree(publishedJson));
            String line = id + " " + HexFormat.of().formatHex(sha256(canonical));
            sum = sum.add(new BigInteger(1, sha256(line.getBytes(StandardCharsets.UTF_8)))).mod(MODULUS);
            facts++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result result() {
        return new Result(facts, String.format("%064x", sum));
    }

    public record Result(long facts, String digest) {
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
