package io.diplomatictimeline.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TestTokens;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.recording.FactBodies;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Static mode, the embedded default: a write needs a configured token that grants events:write. */
@TimelineServiceTest
class StaticTokenWritersIT {

    private final Http http;

    StaticTokenWritersIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @Test
    void aWriteWithoutATokenIsRefusedWith401AndStoresNothing() {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").anonymous().json(FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).hasValue("Bearer");
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errorFields()).containsExactly("Authorization");
        assertThat(answer.errorMessages().get(0)).contains("bearer token");
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void aTokenTheServiceDoesNotKnowIsRefusedWith401() {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").token("not-a-token-anyone-was-given")
                .json(FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate").orElseThrow()).startsWith("Bearer").contains("invalid_token");
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errorFields()).containsExactly("Authorization");
        assertThat(answer.errorMessages().get(0)).contains("not a valid bearer token");
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void aBearerValueThatIsNoTokenAtAllIsRefusedWith401() {
        Http.Answer answer = http.post("/api/events").anonymous().header("Authorization", "Bearer two words")
                .json(FactBodies.propertySeizureRaised(UUID.randomUUID(), FactBodies.newTrack()));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorFields()).containsExactly("Authorization");
        assertThat(answer.errorMessages().get(0)).contains("malformed");
    }

    @Test
    void aTokenWithoutEventsWriteIsRefusedWith403NamingTheScope() {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").token(TestTokens.READER)
                .json(FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errorFields()).containsExactly("Authorization");
        assertThat(answer.errorMessages().get(0)).contains("events:write");
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
    }

    @Test
    void aTokenWithEventsWriteRecordsTheFact() {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").token(TestTokens.WRITER)
                .json(FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(200);
    }

    @Test
    void adminActionsNeedTheAdminScopeWhichNoWriterHas() {
        Http.Answer answer = http.post("/api/admin/anything").token(TestTokens.WRITER).json("{}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.errorMessages().get(0)).contains("timeline:admin");
    }
}
