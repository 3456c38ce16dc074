package io.diplomatictimeline.timeline.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.timeline.Concurrently;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many writers on one track, or on one fact, at the same moment: the track's history stays one consistent
 * sequence, and no correction silently undoes another.
 */
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

    @Test
    void writersOnManyTracksAtOnceAreEachAnsweredOnTheirOwnMerits() {
        // Two writers per track hold the same round: whichever comes second is refused, whatever else is recorded
        // with it at the same moment.
        List<String> tracks = IntStream.range(0, WRITERS / 2).mapToObj(i -> FactBodies.newTrack()).toList();
        List<UUID> ids = ids(WRITERS);

        List<Http.Answer> answers = Concurrently.run(WRITERS, i -> http.post("/api/events")
                .json(FactBodies.roundHeld(ids.get(i), tracks.get(i / 2), 1, "2025-02-27")));

        for (int track = 0; track < tracks.size(); track++) {
            List<Http.Answer> onTrack = answers.subList(2 * track, 2 * track + 2);
            assertThat(onTrack).extracting(Http.Answer::status).containsExactlyInAnyOrder(201, 409);
        }
        IntStream.range(0, WRITERS).forEach(i -> assertThat(http.get("/api/events/" + ids.get(i)).status())
                .as("fact %d, answered %d", i, answers.get(i).status())
                .isEqualTo(answers.get(i).status() == 201 ? 200 : 404));
        assertThat(answers).filteredOn(answer -> answer.status() == 201)
                .allSatisfy(accepted -> assertThat(accepted.json().get("sequence").asLong()).isEqualTo(1));
    }

    @Test
    void writersCorrectingOneFactAtOnceNeverOverwriteEachOtherUnseen() {
        UUID id = UUID.randomUUID();
        http.post("/api/events").json(FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27"));
        int writers = 10;

        List<Http.Answer> answers = Concurrently.run(writers, i -> http.post("/api/events/" + id + "/corrections")
                .json("{\"changes\": {\"title\": \"Version by writer " + i + "\"}, \"reason\": \"each writer's own\","
                        + " \"source\": {\"publisher\": \"IANS\"}}"));

        // Each writer read the fact at some version; only those whose version was still current when their
        // correction reached the track were accepted, each making the next version; the others were told.
        List<Http.Answer> accepted = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(accepted).isNotEmpty();
        assertThat(answers).filteredOn(answer -> answer.status() != 201).allSatisfy(conflict -> {
            assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
            assertThat(conflict.errorFields()).containsExactly("id");
        });
        assertThat(accepted.stream().map(answer -> answer.json().get("version").asInt()))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(2, accepted.size() + 1).boxed().toList());
        int last = IntStream.range(0, writers).filter(i -> answers.get(i).status() == 201)
                .boxed().max(Comparator.comparingInt(i -> answers.get(i).json().get("version").asInt())).orElseThrow();
        JsonNode fact = http.get("/api/events/" + id).json();
        assertThat(fact.get("version").asInt()).isEqualTo(accepted.size() + 1);
        assertThat(fact.get("title").asText()).isEqualTo("Version by writer " + last);
    }

    private static List<UUID> ids(int n) {
        return LongStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }
}
