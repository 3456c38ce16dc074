package io.diplomatictimeline.timeline.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * What makes two posts "the same fact": the SHA-256 of the parsed fact, not of the raw body, so that a retry
 * that orders its keys differently or leaves out an empty list is still recognised as the same.
 */
@Component
public class FactFingerprint {

    private final ObjectMapper json;

    public FactFingerprint(ObjectMapper json) {
        this.json = json;
    }

    public String of(String type, FactHeader fact, FactDetails details) {
        try {
            byte[] canonical = json.writeValueAsBytes(new Fingerprinted(type, fact, details));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint fact " + fact.id(), e);
        }
    }

    private record Fingerprinted(String type, FactHeader fact, FactDetails details) {
    }
}
