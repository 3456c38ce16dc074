package io.diplomatictimeline.timeline.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.recording.FactBodies;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator of several instances reads on /actuator/prometheus: facts accepted and refused by type and
 * reason, commands judged again after a conflict, the publication segments this instance holds and its lag.
 */
@TimelineServiceTest
class OperatorMetricsIT {

    private final Http http;
    /** One on H2, four under the postgres profile: this service alone claims them all. */
    private final int segments;

    OperatorMetricsIT(@LocalServerPort int port, @Value("${timeline.kafka.segments}") int segments) {
        this.http = new Http(port);
        this.segments = segments;
    }

    @Test
    void factsAcceptedAreCountedByTypeOnceStored() {
        double before = metric("timeline_facts_accepted_total{type=\"property-seizure-raised\"}");

        assertThat(http.post("/api/events").json(FactBodies.propertySeizureRaised(UUID.randomUUID(),
                FactBodies.newTrack())).status()).isEqualTo(201);

        assertThat(metric("timeline_facts_accepted_total{type=\"property-seizure-raised\"}")).isEqualTo(before + 1);
    }

    @Test
    void factsRefusedAreCountedByTypeAndReason() {
        String track = FactBodies.newTrack();
        String conflict = "timeline_facts_refused_total{reason=\"conflicts-with-history\",type=\"round-held\"}";
        String invalid = "timeline_facts_refused_total{reason=\"invalid\",type=\"round-held\"}";
        String unreadable = "timeline_facts_refused_total{reason=\"unreadable\",type=\"unknown\"}";
        double conflicts = metric(conflict);
        double invalids = metric(invalid);
        double unreadables = metric(unreadable);

        http.post("/api/events").json(FactBodies.roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"));
        assertThat(http.post("/api/events").json(FactBodies.roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"))
                .status()).isEqualTo(409);
        assertThat(http.post("/api/events").json(FactBodies.roundHeld(UUID.randomUUID(), track, 2, "2025-02-30"))
                .status()).isEqualTo(400);
        assertThat(http.post("/api/events").json("{\"type\": ").status()).isEqualTo(400);

        assertThat(metric(conflict)).isEqualTo(conflicts + 1);
        assertThat(metric(invalid)).isEqualTo(invalids + 1);
        assertThat(metric(unreadable)).isEqualTo(unreadables + 1);
    }

    @Test
    void publicationShowsItsSegmentsItsInstancesAndNoLagOnceCaughtUp() {
        http.post("/api/events").json(FactBodies.propertySeizureRaised(UUID.randomUUID(), FactBodies.newTrack()));

        await("publication caught up").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(metric("timeline_publication_segments_claimed")).isEqualTo(segments);
            assertThat(metric("timeline_publication_instances")).isEqualTo(1);
            assertThat(metric("timeline_publication_lag_facts")).isZero();
        });
        assertThat(http.get("/actuator/prometheus").body())
                .contains("timeline_command_retries_total{after=\"conflict\"}",
                        "timeline_command_retries_total{after=\"group-failed\"}");
    }

    private double metric(String series) {
        return http.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
