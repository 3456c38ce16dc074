package io.diplomatictimeline.timeline.recording;

import static io.diplomatictimeline.timeline.recording.FactBodies.newTrack;
import static io.diplomatictimeline.timeline.recording.FactBodies.propertySeizureRaised;
import static io.diplomatictimeline.timeline.recording.FactBodies.roundHeld;
import static io.diplomatictimeline.timeline.recording.FactBodies.statementAbout;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.timeline.Concurrently;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** POST /api/events:batch: many facts at once, all or none, each checked as a single fact would be. */
@TimelineServiceTest
class RecordingBatchesIT {

    private static PublishedFacts published;

    private final Http http;

    RecordingBatchesIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @BeforeAll
    static void readTheTopic(@Autowired EmbeddedKafkaBroker broker) {
        published = new PublishedFacts(broker);
    }

    @AfterAll
    static void stopReading() {
        published.close();
    }

    private Http.Answer batch(Object... facts) {
        return http.post("/api/events:batch").json(List.of(facts));
    }

    @Test
    void aBatchIsRecordedInOrderWithEveryReceiptAndEveryFactPublished() {
        String track = newTrack();
        String other = newTrack();
        UUID round = UUID.randomUUID();
        UUID seizure = UUID.randomUUID();
        UUID statement = UUID.randomUUID();

        // The statement refers to a fact of the same batch, on another track.
        Http.Answer answer = batch(roundHeld(round, track, 1, "2025-02-27"), propertySeizureRaised(seizure, track),
                statementAbout(statement, other, round));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("accepted").asInt()).isEqualTo(3);
        List<JsonNode> receipts = receipts(answer);
        assertThat(receipts).extracting(r -> r.get("id").asText())
                .containsExactly(round.toString(), seizure.toString(), statement.toString());
        assertThat(receipts).extracting(r -> r.get("track").asText() + "#" + r.get("sequence").asLong())
                .containsExactly(track + "#1", track + "#2", other + "#1");
        assertThat(receipts).extracting(r -> r.get("type").asText())
                .containsExactly("round-held", "property-seizure-raised", "statement-issued");
        assertThat(receipts).allSatisfy(r -> assertThat(r.get("recordedAt").asText()).isNotBlank());
        for (UUID id : List.of(round, seizure, statement)) {
            assertThat(http.get("/api/events/" + id).status()).isEqualTo(200);
            assertThat(published.awaitRecordOf(id).key()).isIn(track, other);
        }
    }

    @Test
    void ndjsonTakesOneFactPerLineAndIgnoresBlankLines() {
        String track = newTrack();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String body = roundHeld(first, track, 1, "2025-02-27") + "\n\n" + roundHeld(second, track, 2, "2025-04-10")
                + "\r\n  \n";

        Http.Answer answer = http.post("/api/events:batch").contentType("application/x-ndjson").json(body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(receipts(answer)).extracting(r -> r.get("sequence").asLong()).containsExactly(1L, 2L);
    }

    @Test
    void aFactBreakingTheHistoryRefusesTheWholeBatchAndNothingIsStoredOrPublished() {
        String track = newTrack();
        UUID round = UUID.randomUUID();
        UUID seizure = UUID.randomUUID();

        Http.Answer answer = batch(roundHeld(round, track, 1, "2025-02-27"), propertySeizureRaised(seizure, track),
                roundHeld(UUID.randomUUID(), track, 1, "2025-03-01"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(errors(answer)).containsExactly("2 details.roundNumber");
        assertThat(http.get("/api/events/" + round).status()).isEqualTo(404);
        assertThat(http.get("/api/events/" + seizure).status()).isEqualTo(404);
        // The track starts afresh: its first fact is number 1, and the refused batch never reaches the topic.
        UUID later = UUID.randomUUID();
        Http.Answer single = http.post("/api/events").json(roundHeld(later, track, 1, "2025-02-27"));
        assertThat(single.json().get("sequence").asLong()).isEqualTo(1);
        published.awaitRecordOf(later);
        assertThat(published.recordsOf(round)).isEmpty();
        assertThat(published.recordsOf(seizure)).isEmpty();
    }

    @Test
    void afterARefusalTheOtherTracksAreStillJudgedButNotTheRefusedTrack() {
        String refused = newTrack();
        String judged = newTrack();
        UUID unknown = UUID.randomUUID();

        Http.Answer answer = batch(
                roundHeld(UUID.randomUUID(), refused, 1, "2025-02-27"),
                roundHeld(UUID.randomUUID(), refused, 1, "2025-02-28"),
                // Would be refused too, but its track's history lacks the fact just refused: no verdict is given.
                roundHeld(UUID.randomUUID(), refused, 3, "2025-01-01"),
                roundHeld(UUID.randomUUID(), judged, 1, "2025-02-27"),
                statementAbout(UUID.randomUUID(), judged, unknown));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(errors(answer)).containsExactly("1 details.roundNumber", "4 details.aboutFactId");
    }

    @Test
    void everyBrokenFieldRuleOfEveryItemIsListedByIndexAndPath() {
        ObjectNode noTitle = roundHeld(UUID.randomUUID(), newTrack(), 1, "2025-02-27");
        noTitle.remove("title");
        ((ObjectNode) noTitle.get("actors").get(0)).put("country", "XX");
        ObjectNode unknownType = roundHeld(UUID.randomUUID(), newTrack(), 1, "2025-02-27");
        unknownType.put("type", "round-cancelled");
        ObjectNode unknownField = roundHeld(UUID.randomUUID(), newTrack(), 1, "2025-02-27");
        unknownField.put("colour", "red");
        UUID valid = UUID.randomUUID();

        Http.Answer answer = batch(roundHeld(valid, newTrack(), 1, "2025-02-27"), noTitle, unknownType, unknownField, 42);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(errors(answer)).containsExactlyInAnyOrder("1 title", "1 actors[0].country", "2 type", "3 colour",
                "4 body");
        assertThat(http.get("/api/events/" + valid).status()).isEqualTo(404);
    }

    @Test
    void aFactAlreadyRecordedIsAnsweredWithItsReceiptAndNotStoredAgain() {
        String track = newTrack();
        ObjectNode round = roundHeld(UUID.randomUUID(), track, 1, "2025-02-27");
        ObjectNode seizure = propertySeizureRaised(UUID.randomUUID(), track);
        Http.Answer first = batch(round, seizure);

        Http.Answer again = batch(round, seizure, propertySeizureRaised(UUID.randomUUID(), track));

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(receipts(again).subList(0, 2)).isEqualTo(receipts(first));
        assertThat(receipts(again).get(2).get("sequence").asLong()).isEqualTo(3);
    }

    @Test
    void theSameFactTwiceInABatchIsRecordedOnce() {
        String track = newTrack();
        ObjectNode seizure = propertySeizureRaised(UUID.randomUUID(), track);

        Http.Answer answer = batch(seizure, seizure, propertySeizureRaised(UUID.randomUUID(), track));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(receipts(answer).get(1)).isEqualTo(receipts(answer).get(0));
        assertThat(receipts(answer).get(2).get("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void anIdReusedForAnotherFactRefusesTheBatch() {
        String track = newTrack();
        UUID id = UUID.randomUUID();
        assertThat(http.post("/api/events").json(propertySeizureRaised(id, track)).status()).isEqualTo(201);
        ObjectNode other = roundHeld(id, track, 1, "2025-02-27");
        UUID twice = UUID.randomUUID();

        Http.Answer answer = batch(roundHeld(UUID.randomUUID(), track, 2, "2025-04-10"), other,
                propertySeizureRaised(twice, track), roundHeld(twice, track, 3, "2025-04-11"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(errors(answer)).containsExactly("1 id", "3 id");
    }

    @Test
    void aThousandFactsOverTheSingleFactBodyLimitAreOneBatch() {
        List<Object> facts = new ArrayList<>();
        IntStream.range(0, 1000).forEach(i -> facts.add(propertySeizureRaised(UUID.randomUUID(), "bulk-" + (i % 7))));
        String body = facts.stream().map(Object::toString).collect(Collectors.joining(",", "[", "]"));
        assertThat(body.length()).isGreaterThan(256 * 1024);

        Http.Answer answer = http.post("/api/events:batch").json(body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("accepted").asInt()).isEqualTo(1000);
    }

    @Test
    void batchesSharingTracksInDifferentOrdersAreAllRecorded() {
        List<String> tracks = IntStream.range(0, 20).mapToObj(i -> newTrack()).toList();

        // Each writer walks the same tracks in its own order: taken together, their locks would deadlock.
        List<Http.Answer> answers = Concurrently.run(6, writer -> {
            List<String> order = new ArrayList<>(tracks);
            java.util.Collections.rotate(order, writer * 7);
            if (writer % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            return batch(order.stream().map(track -> propertySeizureRaised(UUID.randomUUID(), track)).toArray());
        });

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        // Every track took one fact of each writer, in one gapless sequence.
        assertThat(answers.stream().flatMap(answer -> receipts(answer).stream())
                .collect(Collectors.groupingBy(r -> r.get("track").asText(),
                        Collectors.mapping(r -> r.get("sequence").asLong(), Collectors.toSet()))))
                .hasSize(tracks.size())
                .allSatisfy((track, sequences) -> assertThat(sequences).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L));
    }

    @Test
    void moreThanAThousandFactsAreRefusedNamingTheLimit() {
        String body = IntStream.range(0, 1001).mapToObj(i -> propertySeizureRaised(UUID.randomUUID(), newTrack()).toString())
                .collect(Collectors.joining("\n"));

        Http.Answer answer = http.post("/api/events:batch").contentType("application/x-ndjson").json(body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.errorMessages()).containsExactly("must hold at most 1000 facts");
    }

    @Test
    void aBodyOverEightMebibytesIsRefused() {
        Http.Answer answer = http.post("/api/events:batch").bytes(new byte[8 * 1024 * 1024 + 1]);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.errorMessages()).containsExactly("must be at most 8388608 bytes");
    }

    @Test
    void aBodyThatIsNoArrayOrNoJsonIsTheBodysProblem() {
        assertThat(errors(http.post("/api/events:batch").json(roundHeld(UUID.randomUUID(), newTrack(), 1, "2025-02-27"))))
                .containsExactly("- body");
        assertThat(errors(http.post("/api/events:batch").json("[{\"type\": "))).containsExactly("- body");
        assertThat(errors(http.post("/api/events:batch").json("[]"))).containsExactly("- body");
    }

    @Test
    void anIdempotencyKeyIsNotTakenByBatches() {
        Http.Answer answer = http.post("/api/events:batch").header("Idempotency-Key", "\"k1\"")
                .json(List.of(roundHeld(UUID.randomUUID(), newTrack(), 1, "2025-02-27")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("Idempotency-Key");
    }

    @Test
    void writingABatchNeedsTheWriteScopeAndJsonOrNdjson() {
        assertThat(http.post("/api/events:batch").anonymous().json("[]").status()).isEqualTo(401);
        assertThat(http.post("/api/events:batch").contentType("text/plain").json("[]").status()).isEqualTo(415);
    }

    private static List<JsonNode> receipts(Http.Answer answer) {
        return StreamSupport.stream(answer.json().get("receipts").spliterator(), false).toList();
    }

    /** Each error as "index field", "-" for the body as a whole. */
    private static List<String> errors(Http.Answer answer) {
        return StreamSupport.stream(answer.json().path("errors").spliterator(), false)
                .map(e -> (e.hasNonNull("index") ? e.get("index").asText() : "-") + " " + e.get("field").asText())
                .toList();
    }
}
