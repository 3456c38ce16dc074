package io.diplomatictimeline.timeline.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A track stays loaded between commands; when another instance has written it meanwhile (here: an event appended to
 * the store behind this instance's back), the next fact still gets the next free place on the track.
 */
@TimelineServiceTest
class TrackCacheIT {

    private final Http http;
    private final JdbcClient jdbc;
    private final Cache trackCache;

    TrackCacheIT(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired Cache trackCache) {
        this.http = new Http(port);
        this.jdbc = jdbc;
        this.trackCache = trackCache;
    }

    @Test
    void aTrackWrittenByAnotherInstanceIsReloadedAndTheFactTakesTheNextPlace() {
        String track = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/api/events").json(expulsion(track, "2020-01-01")).status()).isEqualTo(201);
        assertThat(http.post("/api/events").json(expulsion(track, "2020-01-02")).status()).isEqualTo(201);
        assertThat(trackCache.containsKey(track)).as("the track stays loaded").isTrue();

        // Another instance records a third event on the track (a copy of the second, under an id of its own).
        jdbc.sql("""
                INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                              payload, payloadRevision, payloadType, timeStamp)
                SELECT aggregateIdentifier, 2, type, ?, metaData, payload, payloadRevision, payloadType, timeStamp
                FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 1""")
                .params(UUID.randomUUID().toString(), track).update();

        Http.Answer next = http.post("/api/events").json(expulsion(track, "2020-01-03"));
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        // Appended after the other instance's event, not refused and not lost.
        assertThat(jdbc.sql("SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY 1")
                .param(track).query(Long.class).list()).containsExactly(0L, 1L, 2L, 3L);
    }

    private static String expulsion(String track, String date) {
        return """
                {"id": "%s", "type": "diplomats-expelled", "track": "%s", "occurredOn": "%s",
                 "title": "Diplomats expelled", "sources": [{"publisher": "IANS"}],
                 "details": {"expelledBy": "US", "diplomatsOf": "RU", "count": 2, "mutual": false}}
                """.formatted(UUID.randomUUID(), track, date);
    }
}
