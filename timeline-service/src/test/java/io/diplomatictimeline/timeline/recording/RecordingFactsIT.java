package io.diplomatictimeline.timeline.recording;

import static io.diplomatictimeline.timeline.recording.FactBodies.newTrack;
import static io.diplomatictimeline.timeline.recording.FactBodies.propertySeizureRaised;
import static io.diplomatictimeline.timeline.recording.FactBodies.roundHeld;
import static io.diplomatictimeline.timeline.recording.FactBodies.withoutId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.diplomatictimeline.timeline.TestTokens;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

@TimelineServiceTest
class RecordingFactsIT {

    private static PublishedFacts published;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcClient jdbc;

    @BeforeAll
    static void readTheTopic(@Autowired EmbeddedKafkaBroker broker) {
        published = new PublishedFacts(broker);
    }

    @AfterAll
    static void stopReading() {
        published.close();
    }

    private ResponseEntity<JsonNode> post(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.WRITER);
        return http.postForEntity("/api/events", new HttpEntity<>(body.toString(), headers), JsonNode.class);
    }

    @Test
    void anAcceptedRoundIsAnsweredWithItsReceiptAndPublishedAsACloudEvent() throws Exception {
        UUID id = UUID.randomUUID();
        String track = newTrack();

        ResponseEntity<JsonNode> answer = post(roundHeld(id, track, 1, "2025-02-27"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/events/" + id);
        JsonNode receipt = answer.getBody();
        assertThat(receipt.get("id").asText()).isEqualTo(id.toString());
        assertThat(receipt.get("track").asText()).isEqualTo(track);
        assertThat(receipt.get("type").asText()).isEqualTo("round-held");
        assertThat(receipt.get("sequence").asLong()).isEqualTo(1);
        Instant recordedAt = Instant.parse(receipt.get("recordedAt").asText());

        ConsumerRecord<String, CloudEvent> record = published.awaitRecordOf(id);
        assertThat(record.key()).isEqualTo(track);
        assertThat(record.headers().lastHeader("ce_specversion").value()).asString().isEqualTo("1.0");
        CloudEvent event = record.value();
        assertThat(event.getType()).endsWith(".round-held");
        assertThat(event.getSubject()).isEqualTo(track);
        assertThat(event.getTime()).isEqualTo(recordedAt.atOffset(ZoneOffset.UTC));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        JsonNode data = json.readTree(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
        assertThat(data.get("occurredOn").asText()).isEqualTo("2025-02-27");
        assertThat(data.get("details").get("roundNumber").asInt()).isEqualTo(1);
        assertThat(data.get("details").get("durationHours").get("max").asInt()).isEqualTo(5);
        assertThat(data.get("actors").get(0).get("office").asText()).isEqualTo("Ambassador of Russia to the United States");
        assertThat(data.get("sequence").asLong()).isEqualTo(1);
        assertThat(Instant.parse(data.get("recordedAt").asText())).isEqualTo(recordedAt);
        assertThat(data.get("plover").get("event").asText()).isEqualTo("CONSULT");
        assertThat(data.get("plover").get("mode").asText()).isEqualTo("visit");
    }

    @Test
    void aStatementMustBeAboutAFactTheTimelineRecorded() {
        String track = newTrack();
        UUID round = UUID.fromString(post(roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"))
                .getBody().get("id").asText());

        ResponseEntity<JsonNode> aboutTheRound = post(FactBodies.statementAbout(UUID.randomUUID(), newTrack(), round));
        ResponseEntity<JsonNode> aboutNothingRecorded =
                post(FactBodies.statementAbout(UUID.randomUUID(), track, UUID.randomUUID()));

        assertThat(aboutTheRound.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(aboutNothingRecorded.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(aboutNothingRecorded.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("details.aboutFactId");
    }

    @Test
    void aFactPostedWithoutAnIdIsGivenATimeOrderedOneAndSoIsItsEvent() {
        String track = newTrack();

        UUID first = UUID.fromString(post(withoutId(roundHeld(UUID.randomUUID(), track, 1, "2025-02-27")))
                .getBody().get("id").asText());
        UUID second = UUID.fromString(post(withoutId(roundHeld(UUID.randomUUID(), track, 2, "2025-04-10")))
                .getBody().get("id").asText());

        // Version 7: the time first, so that each index holding these ids takes them at its end.
        assertThat(first.version()).isEqualTo(7);
        assertThat(second.version()).isEqualTo(7);
        assertThat(second).isGreaterThan(first);
        assertThat(jdbc.sql("SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ?")
                .param(track).query(String.class).list())
                .hasSize(2)
                .allSatisfy(eventId -> assertThat(UUID.fromString(eventId).version()).isEqualTo(7));
    }

    @Test
    void publicationReadsTheEventStoreItselfNotThroughAxonsSharedCacheOfEvents() {
        UUID id = UUID.randomUUID();
        post(propertySeizureRaised(id, newTrack()));

        published.awaitRecordOf(id);

        // The cache is filled by a thread of Axon's own, in a thread group named after the store, from the database
        // as fast as it answers; the processor reading from it kept every event that thread had read past it, and
        // timeline-service ran out of heap behind a backlog (EventStoreConfiguration).
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getThreadGroup() != null
                && thread.getThreadGroup().getName().equals("EmbeddedEventStore"));
    }

    @Test
    void theLocationOfAnAcceptedFactAnswersWithTheWholeFact() {
        UUID id = UUID.randomUUID();
        post(propertySeizureRaised(id, newTrack()));

        ResponseEntity<JsonNode> fact = http.getForEntity("/api/events/" + id, JsonNode.class);

        assertThat(fact.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fact.getBody().get("type").asText()).isEqualTo("property-seizure-raised");
        assertThat(fact.getBody().get("details").get("propertyCount").asInt()).isEqualTo(6);
        assertThat(fact.getBody().get("details").get("seizedBetween").asText()).isEqualTo("2016/2018");
        assertThat(http.getForEntity("/api/events/" + UUID.randomUUID(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRetryOfTheSameFactIsAnsweredAsTheFirstTimeAndStoresNothingNew() {
        UUID id = UUID.randomUUID();
        String track = newTrack();
        ResponseEntity<JsonNode> first = post(roundHeld(id, track, 1, "2025-02-27"));

        ResponseEntity<JsonNode> retry = post(roundHeld(id, track, 1, "2025-02-27"));
        ResponseEntity<JsonNode> next = post(roundHeld(UUID.randomUUID(), track, 2, "2025-04-10"));

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(next.getBody().get("sequence").asLong()).isEqualTo(2);
        published.awaitRecordOf(UUID.fromString(next.getBody().get("id").asText()));
        assertThat(published.recordsOf(id)).hasSize(1);
    }

    @Test
    void anIdReusedForAnotherFactIsAConflictNamingTheId() {
        UUID id = UUID.randomUUID();
        String track = newTrack();
        post(roundHeld(id, track, 1, "2025-02-27"));

        ResponseEntity<JsonNode> reuse = post(roundHeld(id, track, 2, "2025-04-10"));

        assertThat(reuse.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(reuse.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reuse.getBody().get("errors").get(0).get("field").asText()).isEqualTo("id");
    }

    @Test
    void aRoundHeldTwiceIsAConflictAndLeavesNoTrace() {
        String track = newTrack();
        post(roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"));
        UUID twice = UUID.randomUUID();

        ResponseEntity<JsonNode> answer = post(roundHeld(twice, track, 1, "2025-03-01"));
        ResponseEntity<JsonNode> next = post(roundHeld(UUID.randomUUID(), track, 2, "2025-04-10"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("details.roundNumber");
        assertThat(next.getBody().get("sequence").asLong()).isEqualTo(2);
        assertThat(http.getForEntity("/api/events/" + twice, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        published.awaitRecordOf(UUID.fromString(next.getBody().get("id").asText()));
        assertThat(published.recordsOf(twice)).isEmpty();
    }

    @Test
    void aLaterRoundDatedBeforeAnEarlierOneIsAConflictNamingTheDate() {
        String track = newTrack();
        post(roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"));

        ResponseEntity<JsonNode> answer = post(roundHeld(UUID.randomUUID(), track, 2, "2025-01-10"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("occurredOn");
    }

    @Test
    void aFactDatedInTheFutureIsRefused() {
        ResponseEntity<JsonNode> answer = post(roundHeld(UUID.randomUUID(), newTrack(), 1, "2999-01-01"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("occurredOn");
    }

    @Test
    void everyBrokenFieldRuleIsNamedAtOnce() {
        var body = roundHeld(UUID.randomUUID(), "Embassy Talks/2025", 0, "2025-02-30");
        body.remove("sources");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("actors").get(0)).put("country", "XX");

        ResponseEntity<JsonNode> answer = post(body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "track", "occurredOn", "sources", "actors[0].country", "details.roundNumber");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheListOfKnownTypes() {
        var body = roundHeld(UUID.randomUUID(), newTrack(), 1, "2025-02-27").put("type", "summit-held");

        ResponseEntity<JsonNode> answer = post(body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = answer.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("type");
        assertThat(error.get("message").asText()).contains("round-held", "property-seizure-raised");
    }

    @Test
    void aBadDateInTheDetailsIsNamedByItsPath() {
        var body = propertySeizureRaised(UUID.randomUUID(), newTrack());
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("details")).put("seizedBetween", "2018/2016");

        ResponseEntity<JsonNode> answer = post(body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = answer.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("details.seizedBetween");
        assertThat(error.get("message").asText()).contains("after it ends");
    }

    @Test
    void malformedJsonAndTheWrongMediaTypeAreProblemsToo() {
        ResponseEntity<JsonNode> malformed = post("{\"type\": \"round-held\",");
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        text.setBearerAuth(TestTokens.WRITER);
        ResponseEntity<JsonNode> wrongType = http.postForEntity("/api/events", new HttpEntity<>("round", text),
                JsonNode.class);

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(wrongType.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
