package io.diplomatictimeline.timeline.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.timeline.Concurrently;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Many writers on one track at the same moment: the track's history stays one consistent sequence. */
@TimelineServiceTest
class ConcurrentWritesIT {

    private static final int WRITERS = 50;

    private final Http http;

    ConcurrentWritesIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @Test
    void fiftyWritersHoldingTheSameRoundAtOnceGetOneAcceptanceAndFortyNineConflicts() {
        String track = FactBodies.newTrack();
        List<UUID> ids = ids(WRITERS);

        List<Http.Answer> answers = Concurrently.run(WRITERS, i -> http.post("/api/events")
                .json(FactBodies.roundHeld(ids.get(i), track, 1, "2025-02-27")));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).hasSize(WRITERS - 1)
                .allSatisfy(conflict -> {
                    assertThat(conflict.contentType()).isEqualTo("application/problem+json");
                    assertThat(conflict.errorFields()).containsExactly("details.roundNumber");
                });
        assertThat(ids).filteredOn(id -> http.get("/api/events/" + id).status() == 200).hasSize(1);
    }

    @Test
    void fiftyWritersOfDifferentFactsOnOneTrackAreAllRecordedInOneGaplessSequence() {
        String track = FactBodies.newTrack();
        List<UUID> ids = ids(WRITERS);

        List<Http.Answer> answers = Concurrently.run(WRITERS, i -> http.post("/api/events")
                .json(FactBodies.propertySeizureRaised(ids.get(i), track)));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        assertThat(answers.stream().map(answer -> answer.json().get("sequence").asLong()))
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, WRITERS).boxed().toList());
    }

    private static List<UUID> ids(int n) {
        return LongStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }
}
