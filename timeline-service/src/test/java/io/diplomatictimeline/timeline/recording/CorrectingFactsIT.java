package io.diplomatictimeline.timeline.recording;

import static io.diplomatictimeline.timeline.recording.FactBodies.newTrack;
import static io.diplomatictimeline.timeline.recording.FactBodies.roundHeld;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.digest.FactDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Corrections and retractions over real HTTP, against the real event store and broker: what the client is
 * answered, what GET then reads, what is refused (and that a refusal changes nothing), and the CloudEvents that
 * an outside consumer reads from the topic.
 */
@TimelineServiceTest
class CorrectingFactsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_PREFIX = "io.diplomatictimeline.fact.";
    private static PublishedFacts published;

    private final Http http;

    CorrectingFactsIT(@LocalServerPort int port) {
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

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID record(String track, int round, String occurredOn) {
        UUID id = UUID.randomUUID();
        assertThat(http.post("/api/events").json(roundHeld(id, track, round, occurredOn)).status()).isEqualTo(201);
        return id;
    }

    private Http.Answer correct(UUID id, String changes) {
        return http.post("/api/events/" + id + "/corrections").json("""
                {"changes": %s, "reason": "The agency corrected the date",
                 "source": {"publisher": "TASS", "publishedOn": "2025-04-11"}}""".formatted(changes));
    }

    private Http.Answer retract(UUID id) {
        return http.post("/api/events/" + id + "/retraction").json("""
                {"reason": "The report was withdrawn", "source": {"publisher": "IANS", "url": "https://ians.in/x"}}""");
    }

    @Test
    void aCorrectionIsAnsweredWithTheNewVersionAndTheFactThenReadsCorrected() {
        String track = newTrack();
        UUID id = record(track, 1, "2025-02-27");
        JsonNode original = http.get("/api/events/" + id).json();

        Http.Answer answer = correct(id, """
                {"occurredOn": "2025-02-26", "summary": "Held at the residence", "details": {"hostCountry": "US"}}""");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).contains("/api/events/" + id);
        JsonNode receipt = answer.json();
        assertThat(receipt.get("id").asText()).isEqualTo(id.toString());
        assertThat(receipt.get("track").asText()).isEqualTo(track);
        assertThat(receipt.get("type").asText()).isEqualTo("round-held");
        assertThat(receipt.get("version").asInt()).isEqualTo(2);
        assertThat(receipt.get("sequence").asLong()).isEqualTo(2);
        assertThat(receipt.get("status").asText()).isEqualTo("current");
        assertThat(Instant.parse(receipt.get("recordedAt").asText()))
                .isAfter(Instant.parse(original.get("recordedAt").asText()));

        JsonNode fact = http.get("/api/events/" + id).json();
        assertThat(fact.get("occurredOn").asText()).isEqualTo("2025-02-26");
        assertThat(fact.get("summary").asText()).isEqualTo("Held at the residence");
        assertThat(fact.get("details").get("hostCountry").asText()).isEqualTo("US");
        assertThat(fact.get("details").get("roundNumber").asInt()).isEqualTo(1);
        assertThat(fact.get("details").get("durationHours")).isEqualTo(original.get("details").get("durationHours"));
        assertThat(fact.get("title")).isEqualTo(original.get("title"));
        assertThat(fact.get("version").asInt()).isEqualTo(2);
        assertThat(fact.get("status").asText()).isEqualTo("current");
        assertThat(fact.get("sequence")).isEqualTo(original.get("sequence"));
        assertThat(fact.get("recordedAt")).isEqualTo(original.get("recordedAt"));
        assertThat(original.get("version").asInt()).isEqualTo(1);
        assertThat(original.get("status").asText()).isEqualTo("current");
    }

    @Test
    void aRetractionIsAnsweredAndTheFactThenReadsRetracted() {
        UUID id = record(newTrack(), 1, "2025-02-27");

        Http.Answer answer = retract(id);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).contains("/api/events/" + id);
        assertThat(answer.json().get("version").asInt()).isEqualTo(2);
        assertThat(answer.json().get("sequence").asLong()).isEqualTo(2);
        assertThat(answer.json().get("status").asText()).isEqualTo("retracted");
        JsonNode fact = http.get("/api/events/" + id).json();
        assertThat(fact.get("status").asText()).isEqualTo("retracted");
        assertThat(fact.get("version").asInt()).isEqualTo(2);
        assertThat(fact.get("occurredOn").asText()).isEqualTo("2025-02-27");
    }

    @Test
    void aRetractedFactIsNeitherCorrectedNorRetractedAgain() {
        UUID id = record(newTrack(), 1, "2025-02-27");
        retract(id);

        Http.Answer correction = correct(id, "{\"occurredOn\": \"2025-02-26\"}");
        Http.Answer again = retract(id);

        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.contentType()).isEqualTo("application/problem+json");
        assertThat(correction.errorFields()).containsExactly("id");
        assertThat(correction.errorMessages().get(0)).contains("was retracted");
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.get("/api/events/" + id).json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        UUID id = record(newTrack(), 1, "2025-02-27");

        Http.Answer same = correct(id, """
                {"occurredOn": "2025-02-27", "topics": ["diplomatic-property", "visas"],
                 "details": {"durationHours": {"min": 4, "max": 5}}}""");
        Http.Answer empty = correct(id, "{}");

        assertThat(same.status()).isEqualTo(400);
        assertThat(same.contentType()).isEqualTo("application/problem+json");
        assertThat(same.errorFields()).containsExactly("changes");
        assertThat(same.errorMessages().get(0)).contains("changes nothing");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("changes");
        assertThat(http.get("/api/events/" + id).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aCorrectionKeepsTheFactsIdTypeAndTrack() {
        UUID id = record(newTrack(), 1, "2025-02-27");

        Http.Answer answer = correct(id, """
                {"id": "%s", "type": "round-scheduled", "track": "another-track"}""".formatted(UUID.randomUUID()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("changes.id", "changes.type", "changes.track");
    }

    @Test
    void theCorrectedFactObeysTheFieldRulesOfANewFactAndTheRequestNeedsAReasonAndASource() {
        UUID id = record(newTrack(), 1, "2025-02-27");

        Http.Answer answer = http.post("/api/events/" + id + "/corrections").json("""
                {"changes": {"title": null, "occurredOn": "2025-02-30", "details": {"roundNumber": 0, "venue": "x"}},
                 "reason": " ", "source": {"url": "ftp://nowhere"}}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).contains("reason", "source.publisher", "source.url", "changes.details.venue");
        Http.Answer fieldRules = correct(id, """
                {"title": null, "occurredOn": "2025-02-30", "details": {"roundNumber": 0}}""");
        assertThat(fieldRules.status()).isEqualTo(400);
        assertThat(fieldRules.errorFields()).containsExactlyInAnyOrder(
                "changes.title", "changes.occurredOn", "changes.details.roundNumber");
    }

    @Test
    void anUnknownFactIsNotFound() {
        UUID unknown = UUID.randomUUID();

        Http.Answer correction = correct(unknown, "{\"occurredOn\": \"2025-02-26\"}");
        Http.Answer retraction = retract(unknown);

        assertThat(correction.status()).isEqualTo(404);
        assertThat(correction.contentType()).isEqualTo("application/problem+json");
        assertThat(correction.errorFields()).containsExactly("id");
        assertThat(retraction.status()).isEqualTo(404);
    }

    @Test
    void aRoundReDatedBeforeTheRoundBeforeItIsAConflict() {
        String track = newTrack();
        record(track, 1, "2025-02-27");
        UUID second = record(track, 2, "2025-04-10");

        Http.Answer answer = correct(second, "{\"occurredOn\": \"2025-01-15\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.errorFields()).containsExactly("occurredOn");
        assertThat(answer.errorMessages().get(0)).contains("cannot be dated before round 1");
        assertThat(http.get("/api/events/" + second).json().get("occurredOn").asText()).isEqualTo("2025-04-10");
    }

    @Test
    void correctionsAndRetractionsArePublishedAsCloudEventsOfTheContract() {
        String track = newTrack();
        UUID id = record(track, 1, "2025-02-27");
        JsonNode original = http.get("/api/events/" + id).json();
        JsonNode correction = correct(id, "{\"occurredOn\": \"2025-02-26\", \"summary\": null}").json();
        JsonNode retraction = retract(id).json();

        ConsumerRecord<String, CloudEvent> corrected = published.awaitRecord(record ->
                record.value().getType().equals(TYPE_PREFIX + "fact-corrected")
                        && PublishedFacts.data(record.value()).path("factId").asText().equals(id.toString()));
        ConsumerRecord<String, CloudEvent> retracted = published.awaitRecord(record ->
                record.value().getType().equals(TYPE_PREFIX + "fact-retracted")
                        && PublishedFacts.data(record.value()).path("factId").asText().equals(id.toString()));

        assertThat(corrected.key()).isEqualTo(track);
        CloudEvent event = corrected.value();
        assertThat(event.getId()).isNotEqualTo(id.toString());
        assertThat(event.getSubject()).isEqualTo(track);
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        Instant correctedAt = Instant.parse(correction.get("recordedAt").asText());
        assertThat(event.getTime()).isEqualTo(correctedAt.atOffset(ZoneOffset.UTC));
        JsonNode data = PublishedFacts.data(event);
        assertThat(data.get("id").asText()).isEqualTo(event.getId());
        assertThat(data.get("type").asText()).isEqualTo("fact-corrected");
        assertThat(data.get("track").asText()).isEqualTo(track);
        assertThat(data.get("factType").asText()).isEqualTo("round-held");
        assertThat(data.get("version").asInt()).isEqualTo(2);
        assertThat(data.get("sequence").asLong()).isEqualTo(2);
        assertThat(Instant.parse(data.get("recordedAt").asText())).isEqualTo(correctedAt);
        assertThat(data.get("reason").asText()).isEqualTo("The agency corrected the date");
        assertThat(data.get("source")).isEqualTo(json("""
                {"publisher": "TASS", "publishedOn": "2025-04-11", "url": null, "quote": null}"""));
        assertThat(data.get("changes")).isEqualTo(json("{\"occurredOn\": \"2025-02-26\", \"summary\": null}"));
        JsonNode fact = data.get("fact");
        ObjectNode expected = original.deepCopy();
        expected.remove("version");
        expected.remove("status");
        expected.put("occurredOn", "2025-02-26");
        assertThat(fact).isEqualTo(expected);

        CloudEvent retraction_ = retracted.value();
        assertThat(retracted.key()).isEqualTo(track);
        assertThat(retraction_.getId()).isNotIn(id.toString(), event.getId());
        assertThat(retraction_.getSubject()).isEqualTo(track);
        assertThat(retraction_.getTime())
                .isEqualTo(Instant.parse(retraction.get("recordedAt").asText()).atOffset(ZoneOffset.UTC));
        JsonNode retractionData = PublishedFacts.data(retraction_);
        assertThat(retractionData.get("id").asText()).isEqualTo(retraction_.getId());
        assertThat(retractionData.get("type").asText()).isEqualTo("fact-retracted");
        assertThat(retractionData.get("factId").asText()).isEqualTo(id.toString());
        assertThat(retractionData.get("factType").asText()).isEqualTo("round-held");
        assertThat(retractionData.get("version").asInt()).isEqualTo(3);
        assertThat(retractionData.get("sequence").asLong()).isEqualTo(3);
        assertThat(retractionData.get("reason").asText()).isEqualTo("The report was withdrawn");
        assertThat(retractionData.get("source").get("url").asText()).isEqualTo("https://ians.in/x");
        assertThat(retractionData.has("fact")).isFalse();
    }

    @Test
    void aNewFactCannotTakeTheIdOfAPublishedChange() {
        String track = newTrack();
        UUID id = record(track, 1, "2025-02-27");
        correct(id, "{\"occurredOn\": \"2025-02-26\"}");
        String changeId = published.awaitRecord(record -> record.value().getType().equals(TYPE_PREFIX + "fact-corrected")
                && PublishedFacts.data(record.value()).path("factId").asText().equals(id.toString())).value().getId();

        Http.Answer answer = http.post("/api/events").json(roundHeld(UUID.fromString(changeId), track, 2, "2025-04-10"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.errorFields()).containsExactly("id");
        assertThat(http.get("/api/events/" + changeId).status()).isEqualTo(404);
    }

    @Test
    void theEventStoreDigestCountsEveryEventOfAFactAsPublished() {
        JsonNode before = http.get("/api/events/digest").json();
        UUID id = record(newTrack(), 1, "2025-02-27");
        correct(id, "{\"occurredOn\": \"2025-02-26\"}");
        retract(id);
        JsonNode after = http.get("/api/events/digest").json();

        // The fact, its correction and its retraction, each by its CloudEvent id and data as a consumer reads them.
        FactDigest published = new FactDigest(JSON);
        for (String type : new String[] {"round-held", "fact-corrected", "fact-retracted"}) {
            CloudEvent event = CorrectingFactsIT.published.awaitRecord(record ->
                    record.value().getType().equals(TYPE_PREFIX + type) && (record.value().getId().equals(id.toString())
                            || PublishedFacts.data(record.value()).path("factId").asText().equals(id.toString()))).value();
            published.add(UUID.fromString(event.getId()), event.getData().toBytes());
        }
        // The digest is a sum over events: what the three added is exactly their sum.
        assertThat(after.get("facts").asLong() - before.get("facts").asLong()).isEqualTo(3);
        assertThat(new BigInteger(before.get("digest").asText(), 16)
                .add(new BigInteger(published.result().digest(), 16)).mod(BigInteger.ONE.shiftLeft(256)))
                .isEqualTo(new BigInteger(after.get("digest").asText(), 16));
    }
}
