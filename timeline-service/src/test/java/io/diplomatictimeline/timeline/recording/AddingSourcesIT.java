package io.diplomatictimeline.timeline.recording;

import static io.diplomatictimeline.timeline.recording.FactBodies.newTrack;
import static io.diplomatictimeline.timeline.recording.FactBodies.roundHeld;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * POST /api/events/{id}/sources over real HTTP, the event store and the broker: a source is added once, leaves the
 * fact's version, and is published as a CloudEvent of its own type; every refusal is a problem and stores nothing.
 */
@TimelineServiceTest
class AddingSourcesIT {

    private static final String TASS = """
            {"publisher": "TASS", "publishedOn": "2025-04-11", "url": "https://tass.com/politics/1",
             "quote": "the talks lasted over six hours", "stance": "%s"}""";
    private static PublishedFacts published;

    private final Http http;

    AddingSourcesIT(@LocalServerPort int port) {
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

    private UUID recorded(String track) {
        UUID id = UUID.randomUUID();
        assertThat(http.post("/api/events").json(roundHeld(id, track, 1, "2025-02-27")).status()).isEqualTo(201);
        return id;
    }

    private Http.Answer add(UUID fact, String source) {
        return http.post("/api/events/" + fact + "/sources").json(source);
    }

    @Test
    void aSourceIsAddedWithoutANewVersionAndPublishedAsAnEventOfItsOwnType() {
        String track = newTrack();
        UUID fact = recorded(track);

        Http.Answer answer = add(fact, TASS.formatted("confirms"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.header("Location")).contains("/api/events/" + fact);
        JsonNode receipt = answer.json();
        assertThat(receipt.get("id").asText()).isEqualTo(fact.toString());
        assertThat(receipt.get("version").asInt()).isEqualTo(1);
        assertThat(receipt.get("sequence").asLong()).isEqualTo(2);
        UUID sourceId = UUID.fromString(receipt.get("sourceId").asText());
        assertThat(http.get("/api/events/" + fact).json().get("version").asInt()).isEqualTo(1);

        ConsumerRecord<String, CloudEvent> record = published.awaitRecordOf(sourceId);
        assertThat(record.key()).isEqualTo(track);
        assertThat(record.value().getType()).isEqualTo("io.diplomatictimeline.fact.source-added");
        assertThat(record.value().getSubject()).isEqualTo(track);
        JsonNode data = PublishedFacts.data(record.value());
        assertThat(data.get("id").asText()).isEqualTo(sourceId.toString());
        assertThat(data.get("type").asText()).isEqualTo("source-added");
        assertThat(data.get("factId").asText()).isEqualTo(fact.toString());
        assertThat(data.get("factType").asText()).isEqualTo("round-held");
        assertThat(data.get("version").asInt()).isEqualTo(1);
        assertThat(data.get("recordedAt").asText()).isEqualTo(receipt.get("recordedAt").asText());
        assertThat(data.get("source").get("publisher").asText()).isEqualTo("TASS");
        assertThat(data.get("source").get("url").asText()).isEqualTo("https://tass.com/politics/1");
        assertThat(data.get("stance").asText()).isEqualTo("confirms");
    }

    @Test
    void theSameSourceTwiceIsAnsweredAlikeAndAddedOnce() {
        UUID fact = recorded(newTrack());

        Http.Answer first = add(fact, TASS.formatted("confirms"));
        Http.Answer again = add(fact, TASS.formatted("confirms"));
        Http.Answer otherStance = add(fact, TASS.formatted("disputes"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(otherStance.status()).isEqualTo(409);
        assertThat(otherStance.errorFields()).containsExactly("stance");
        // A later addition is published; the repeated one never was.
        Http.Answer later = add(fact, """
                {"publisher": "IANS", "publishedOn": "2025-04-12", "stance": "confirms"}""");
        published.awaitRecordOf(UUID.fromString(later.json().get("sourceId").asText()));
        assertThat(published.recordsOf(UUID.fromString(first.json().get("sourceId").asText()))).hasSize(1);
        assertThat(later.json().get("sequence").asLong()).isEqualTo(first.json().get("sequence").asLong() + 1);
    }

    @Test
    void badSourcesUnknownFactsAndRetractedFactsAreRefused() {
        UUID fact = recorded(newTrack());
        UUID retracted = recorded(newTrack());
        assertThat(http.post("/api/events/" + retracted + "/retraction").json("""
                {"reason": "misreported", "source": {"publisher": "IANS"}}""").status()).isEqualTo(201);

        Http.Answer invalid = add(fact, """
                {"publisher": " ", "url": "ftp://nowhere", "stance": "agrees"}""");
        Http.Answer unknown = add(UUID.randomUUID(), TASS.formatted("confirms"));
        Http.Answer ofRetracted = add(retracted, TASS.formatted("confirms"));
        Http.Answer anonymous = http.post("/api/events/" + fact + "/sources").anonymous().json(TASS.formatted("confirms"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).isEqualTo("application/problem+json");
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("publisher", "url", "stance");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(ofRetracted.status()).isEqualTo(409);
        assertThat(ofRetracted.errorFields()).containsExactly("id");
        assertThat(ofRetracted.errorMessages().get(0)).contains("takes no more sources");
        assertThat(anonymous.status()).isEqualTo(401);
        // None of them took a place on the fact's track.
        assertThat(add(fact, TASS.formatted("confirms")).json().get("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void aNewFactCannotTakeTheIdOfAnAddedSource() {
        UUID fact = recorded(newTrack());
        UUID sourceId = UUID.fromString(add(fact, TASS.formatted("confirms")).json().get("sourceId").asText());

        Http.Answer reused = http.post("/api/events").json(roundHeld(sourceId, newTrack(), 1, "2025-02-27"));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.errorFields()).containsExactly("id");
    }
}
