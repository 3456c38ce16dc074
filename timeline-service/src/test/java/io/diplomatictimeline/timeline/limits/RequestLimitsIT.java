package io.diplomatictimeline.timeline.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TestTokens;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.recording.FactBodies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The size limits of a request (docs/security.md) and the per-client rate limit on writes. */
@TimelineServiceTest
class RequestLimitsIT {

    private static final int MAX_BODY = 256 * 1024;

    private final Http http;

    RequestLimitsIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @Test
    void aBodyJustUnderTheLimitIsAccepted() {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").bytes(padded(id, MAX_BODY));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").bytes(padded(id, MAX_BODY + 1));

        assertTooLarge(answer, id);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413ThoughItDeclaredNoLength() {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").chunked(padded(id, 2 * MAX_BODY));

        assertTooLarge(answer, id);
    }

    @Test
    void jsonNestedDeeperThan32IsRefusedWith400() {
        UUID id = UUID.randomUUID();
        String nested = "{\"a\":".repeat(40) + "1" + "}".repeat(40);
        String body = FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27").toString()
                .replaceFirst("\"details\":\\{", "\"details\":{\"deep\":" + nested + ",");

        Http.Answer answer = http.post("/api/events").json(body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errorFields().get(0)).startsWith("details");
        assertThat(answer.errorMessages().get(0)).contains("nesting depth", "32");
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void aStringLongerThanTheParserAllowsIsRefusedWith400NamingTheField() {
        UUID id = UUID.randomUUID();
        ObjectNode body = FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27");
        body.put("summary", "x".repeat(20_001));

        Http.Answer answer = http.post("/api/events").json(body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("summary");
        assertThat(answer.errorMessages().get(0)).contains("String value length", "20000");
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void aFieldLongerThanItsRuleIsRefusedWith400NamingTheFieldAndTheSize() {
        UUID id = UUID.randomUUID();
        ObjectNode body = FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27");
        body.put("title", "x".repeat(301));
        body.put("summary", "x".repeat(10_001));

        Http.Answer answer = http.post("/api/events").json(body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("title", "summary");
        assertThat(answer.errorMessages()).anySatisfy(message -> assertThat(message).contains("300"));
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void aClientOverItsAllowanceIsRefusedWith429AndRetryAfterWhileOthersWriteOn() {
        // The hasty writer's allowance is 3 writes, then one an hour (see TimelineServiceTest).
        List<Http.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(http.post("/api/events").token(TestTokens.HASTY_WRITER)
                    .json(FactBodies.propertySeizureRaised(UUID.randomUUID(), FactBodies.newTrack())));
        }
        Http.Answer others = http.post("/api/events")
                .json(FactBodies.propertySeizureRaised(UUID.randomUUID(), FactBodies.newTrack()));

        assertThat(answers.subList(0, 3)).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        assertThat(answers.get(2).header(WriteRateLimitFilter.REMAINING)).hasValue("0");
        Http.Answer refused = answers.get(3);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("client");
        assertThat(refused.errorMessages().get(0)).contains("hasty-writer", "retry after");
        assertThat(others.status()).isEqualTo(201);
    }

    private void assertTooLarge(Http.Answer answer, UUID id) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errorFields()).containsExactly("body");
        assertThat(answer.errorMessages().get(0)).contains(Integer.toString(MAX_BODY));
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
    }

    /** A valid fact, padded with whitespace to exactly {@code size} bytes. */
    private static byte[] padded(UUID id, int size) {
        String fact = FactBodies.propertySeizureRaised(id, FactBodies.newTrack()).toString();
        byte[] body = (fact + " ".repeat(size - fact.length())).getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(size);
        return body;
    }
}
