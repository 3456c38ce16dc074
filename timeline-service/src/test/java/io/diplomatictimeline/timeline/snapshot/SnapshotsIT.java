package io.diplomatictimeline.timeline.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A track past the snapshot threshold is stored as a snapshot, and loaded from it, with the same rules. */
@TimelineServiceTest
class SnapshotsIT {

    private final Http http;
    private final JdbcClient jdbc;
    private final SnapshotProperties snapshots;
    private final Cache trackCache;

    SnapshotsIT(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired SnapshotProperties snapshots,
                @Autowired Cache trackCache) {
        this.http = new Http(port);
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.trackCache = trackCache;
    }

    @Test
    void aTrackPastTheThresholdIsSnapshottedAndKeepsItsRulesAfterwards() {
        String track = "snapshotted-" + UUID.randomUUID().toString().substring(0, 8);
        int rounds = snapshots.threshold() + 20;
        // Round n is held on day n of 2020 (rounds on successive days, in order).
        String body = IntStream.rangeClosed(1, rounds).mapToObj(n -> round(UUID.randomUUID(), track, n, day(n)))
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(http.post("/api/events:batch").json(body).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> snapshotSequences(track), sequences -> !sequences.isEmpty());
        long snapshotted = snapshotSequences(track).get(0);
        assertThat(snapshotted).isGreaterThanOrEqualTo(snapshots.threshold() - 1L);
        // The proof that the track is loaded from its snapshot: the facts it covers are gone from the store (in this
        // test's database only), yet the track still knows every round they held.
        jdbc.sql("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber <= ?")
                .params(track, snapshotted).update();
        // As after a restart, or on an instance that never held the track: it is loaded from the store.
        assertThat(trackCache.remove(track)).isTrue();

        Http.Answer heldAgain = http.post("/api/events").json(round(UUID.randomUUID(), track, 5, day(rounds + 1)));
        assertThat(heldAgain.status()).isEqualTo(409);
        assertThat(heldAgain.errorMessages()).containsExactly("round 5 was already held on track " + track + " (" + day(5) + ")");
        Http.Answer outOfOrder = http.post("/api/events").json(round(UUID.randomUUID(), track, rounds + 1, day(rounds - 1)));
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.errorFields()).containsExactly("occurredOn");
        Http.Answer next = http.post("/api/events").json(round(UUID.randomUUID(), track, rounds + 1, day(rounds + 1)));
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().get("sequence").asLong()).isEqualTo(rounds + 1);
    }

    private List<Long> snapshotSequences(String track) {
        return jdbc.sql("SELECT sequenceNumber FROM SnapshotEventEntry WHERE aggregateIdentifier = ?")
                .param(track).query(Long.class).list();
    }

    private static String day(int n) {
        return java.time.LocalDate.of(2020, 1, 1).plusDays(n).toString();
    }

    private static String round(UUID id, String track, int number, String date) {
        return """
                {"id": "%s", "type": "round-held", "track": "%s", "occurredOn": "%s", "title": "Round %d",
                 "sources": [{"publisher": "IANS"}], "details": {"roundNumber": %d}}
                """.formatted(id, track, date, number, number);
    }
}
