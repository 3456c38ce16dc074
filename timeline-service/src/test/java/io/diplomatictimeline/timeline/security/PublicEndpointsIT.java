package io.diplomatictimeline.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.recording.FactBodies;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What anyone may read without a token, and what nobody can reach at all. */
@TimelineServiceTest
class PublicEndpointsIT {

    private final Http http;

    PublicEndpointsIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @Test
    void aRecordedFactIsReadWithoutAToken() {
        UUID id = UUID.randomUUID();
        assertThat(http.post("/api/events").json(FactBodies.propertySeizureRaised(id, FactBodies.newTrack())).status())
                .isEqualTo(201);

        assertThat(http.get("/api/events/" + id).status()).isEqualTo(200);
    }

    @Test
    void healthInfoAndPrometheusMetricsArePublic() {
        Http.Answer health = http.get("/actuator/health");
        Http.Answer prometheus = http.get("/actuator/prometheus");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(http.get("/actuator/info").status()).isEqualTo(200);
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("http_server_requests_seconds");
    }

    @Test
    void aRefusedWriteIsCountedByItsStatusWithoutTimersOfSpringSecuritysOwn() {
        assertThat(http.post("/api/events").anonymous().json(FactBodies.propertySeizureRaised(UUID.randomUUID(),
                FactBodies.newTrack())).status()).isEqualTo(401);

        String metrics = http.get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\"");
        // Spring Security's observations (a timer around every filter of the chain) are off: a tenth of a POST's CPU.
        assertThat(metrics).doesNotContain("spring_security_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/loggers", "/actuator/threaddump", "/h2-console", "/h2-console/login.jsp"})
    void nothingElseOfActuatorNorTheH2ConsoleIsServed(String path) {
        Http.Answer answer = http.get(path);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
}
