package io.diplomatictimeline.timeline.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactDigestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ROUND = UUID.fromString("3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a01");
    private static final UUID SEIZURE = UUID.fromString("3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a02");
    private static final String ROUND_JSON = "{\"id\":\"3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a01\",\"type\":\"round-held\","
            + "\"details\":{\"roundNumber\":1,\"durationHours\":{\"min\":6}},\"title\":\"Россия–США\"}";
    private static final String SEIZURE_JSON = "{\"id\":\"3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a02\",\"type\":\"property-seizure-raised\"}";

    private static FactDigest.Result digestOf(Object... idsAndJson) {
        FactDigest digest = new FactDigest(JSON);
        for (int i = 0; i < idsAndJson.length; i += 2) {
            digest.add((UUID) idsAndJson[i], ((String) idsAndJson[i + 1]).getBytes(StandardCharsets.UTF_8));
        }
        return digest.result();
    }

    /** Computed apart from this code (Python); projection-service's DigestingTheTimelineTest checks the same. */
    @Test
    void theDigestOfTwoFactsIsTheOneComputedApart() {
        assertThat(digestOf(ROUND, ROUND_JSON, SEIZURE, SEIZURE_JSON)).isEqualTo(new FactDigest.Result(2,
                "94b8d3a21d1975ab8a9e22f3b125de04e4d7a7d3b047f5a94619528cf02565be"));
    }

    @Test
    void theSameFactsGiveTheSameDigestInAnyOrder() {
        assertThat(digestOf(ROUND, ROUND_JSON, SEIZURE, SEIZURE_JSON))
                .isEqualTo(digestOf(SEIZURE, SEIZURE_JSON, ROUND, ROUND_JSON));
    }

    @Test
    void keyOrderAndWhitespaceDoNotChangeAFact() {
        String reordered = "{ \"title\": \"Россия–США\", \"details\": {\"durationHours\": {\"min\": 6}, \"roundNumber\": 1},"
                + " \"type\": \"round-held\", \"id\": \"3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a01\" }";

        assertThat(digestOf(ROUND, reordered)).isEqualTo(digestOf(ROUND, ROUND_JSON));
    }

    @Test
    void aFactCountedTwiceOrChangedChangesTheDigest() {
        FactDigest.Result once = digestOf(ROUND, ROUND_JSON);

        assertThat(digestOf(ROUND, ROUND_JSON, ROUND, ROUND_JSON).digest()).isNotEqualTo(once.digest());
        assertThat(digestOf(ROUND, ROUND_JSON.replace("\"min\":6", "\"min\":5")).digest()).isNotEqualTo(once.digest());
        assertThat(digestOf().digest()).isEqualTo("0".repeat(64));
        assertThat(once.facts()).isEqualTo(1);
        assertThat(once.digest()).hasSize(64);
    }
}
