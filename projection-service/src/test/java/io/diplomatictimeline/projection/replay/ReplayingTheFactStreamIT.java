package io.diplomatictimeline.projection.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.ContractSamples;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * POST /api/admin/replay rebuilds every read model from the first record of the topic (every record the other
 * tests of this context published too), and the read models come out as they were, versions and all: the same
 * digest, the same answers now and as of an earlier instant, the same histories and change feed. Admin actions
 * need a token with timeline:admin; reads need none.
 */
class ReplayingTheFactStreamIT extends RunningProjectionService {

    private static final String REPLAY = "/api/admin/replay";
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void anAdminActionWithoutAValidTokenIsRefusedWith401() {
        for (ResponseEntity<JsonNode> answer : List.of(exchange(HttpMethod.POST, REPLAY, null),
                exchange(HttpMethod.GET, REPLAY, null), exchange(HttpMethod.POST, REPLAY, "not-a-known-token"))) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
            assertThat(answer.getBody().at("/errors/0/field").asText()).isEqualTo("Authorization");
        }
    }

    @Test
    void aTokenWithoutTheAdminScopeIsRefusedWith403() {
        ResponseEntity<JsonNode> answer = exchange(HttpMethod.POST, REPLAY, READER_TOKEN);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).contains("insufficient_scope");
        assertThat(answer.getBody().at("/errors/0/message").asText()).contains("timeline:admin");
    }

    @Autowired
    private JdbcClient database;

    @Test
    void aReplayRebuildsEveryReadModelToTheSameDigestAndTheSameAnswers() {
        String track = freshTrack();
        List<ObjectNode> story = ContractSamples.ALL.stream()
                .map(type -> newFact(ContractSamples.sample(type), track)).toList();
        story.forEach(this::publish);
        publishGarbage(track);
        publish(story.get(0));
        SampleFact rescheduled = SampleFact.of(ContractSamples.ROUND_SCHEDULED).on(track)
                .details(details -> details.put("roundNumber", 3));
        SampleFact withdrawn = SampleFact.of(ContractSamples.DISPUTE_RAISED).on(track);
        publish(rescheduled.document());
        publish(withdrawn.document());
        SampleChange correction = rescheduled.corrected("moved to May", fact -> fact.put("occurredOn", "2025-05"));
        publish(correction.data());
        publish(withdrawn.retracted("never raised").data());
        ObjectNode last = newFact(ContractSamples.roundHeld(), track);
        publish(last);
        assertThat(awaitOnTimeline(last)).hasSize(story.size() + 2);
        awaitStatus(status -> status.get("lag").asLong(-1) == 0);
        JsonNode digestBefore = get("/api/timeline/digest").getBody();
        Map<String, JsonNode> answersBefore = answers(track, correction.recordedAt().minusMillis(1),
                rescheduled.id(), withdrawn.id());
        // A read model that lost a fact, which only a rebuild from the topic brings back.
        lose(last.get("id").asText());
        assertThat(get("/api/timeline/digest").getBody().get("facts").asLong())
                .isEqualTo(digestBefore.get("facts").asLong() - 1);

        ResponseEntity<JsonNode> started = exchange(HttpMethod.POST, REPLAY, ADMIN_TOKEN);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getBody().get("state").asText()).isIn("replaying", "done");
        assertThat(started.getBody().get("startedAt").isTextual()).isTrue();
        JsonNode done = awaitStatus(status -> status.get("state").asText().equals("done"));
        JsonNode digestAfter = get("/api/timeline/digest").getBody();
        assertThat(digestAfter).isEqualTo(digestBefore);
        assertThat(digestAfter.get("facts").asLong()).isGreaterThanOrEqualTo(story.size() + 5);
        assertThat(digestAfter.get("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(done.get("applied").asLong()).isEqualTo(digestAfter.get("facts").asLong());
        assertThat(done.get("lag").asLong()).isZero();
        assertThat(done.get("finishedAt").isTextual()).isTrue();
        assertThat(answers(track, correction.recordedAt().minusMillis(1), rescheduled.id(), withdrawn.id()))
                .isEqualTo(answersBefore);
    }

    private void lose(String factId) {
        UUID id = UUID.fromString(factId);
        database.sql("delete from fact_change where event_id = :id").param("id", id).update();
        database.sql("delete from timeline_facet where entry_id = :id").param("id", id).update();
        assertThat(database.sql("delete from timeline_entry where id = :id").param("id", id).update()).isEqualTo(1);
    }

    private JsonNode awaitStatus(Predicate<JsonNode> expected) {
        return await().atMost(REPLAY_TIMEOUT).until(() -> {
            ResponseEntity<JsonNode> status = exchange(HttpMethod.GET, REPLAY, ADMIN_TOKEN);
            assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
            return status.getBody();
        }, expected);
    }

    /**
     * What readers see of the track in every read model, and of every actor; as of an earlier instant too, the
     * histories of facts changed, and the change feed.
     */
    private Map<String, JsonNode> answers(String track, Instant earlier, UUID... changedFacts) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/timeline?limit=500&track=" + track,
                "/api/timeline?limit=500&includeRetracted=true&track=" + track,
                "/api/timeline?limit=500&track=" + track + "&asOf=" + earlier, "/api/rounds?track=" + track,
                "/api/rounds?track=" + track + "&asOf=" + earlier, "/api/disputes?track=" + track,
                "/api/disputes?track=" + track + "&asOf=" + earlier, "/api/proposals?track=" + track,
                "/api/statements?track=" + track, "/api/actors", "/api/changes?limit=500"));
        for (UUID fact : changedFacts) {
            paths.add("/api/timeline/" + fact + "/history");
        }
        for (String path : paths) {
            ResponseEntity<JsonNode> answer = get(path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            answers.put(path, answer.getBody());
        }
        return answers;
    }
}
