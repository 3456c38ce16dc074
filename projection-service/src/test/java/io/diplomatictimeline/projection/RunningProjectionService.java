package io.diplomatictimeline.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.diplomatictimeline.edtf.EdtfDate;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The whole service, on a random port, consuming from Kafka's own broker in this JVM, over an H2 file of its own
 * (or the local PostgreSQL under the postgres profile). Every integration test extends this class, so they share
 * one Spring context and one broker; each test uses its own tracks, so none depends on another's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "projection.data-dir=./target/test-data/${random.uuid}",
        // Heartbeats of the live stream often enough for a test to see them.
        "projection.stream.heartbeat=1s",
        "projection.stream.max-streams=" + RunningProjectionService.MAX_STREAMS,
        // The tokens of TestTokens, by their SHA-256, as an operator configures them.
        "timeline.security.static-tokens[0].client=test-admin",
        "timeline.security.static-tokens[0].sha256=17d6bfe05d1b1fb7bc499f8e3f639c7b3eda4c40f321eef8887a0c04c89a99c5",
        "timeline.security.static-tokens[0].scopes=timeline:admin",
        "timeline.security.static-tokens[1].client=test-reader",
        "timeline.security.static-tokens[1].sha256=0b2e8ed1ad9b540959ccfa412a59dbc86cf6a4874072936c2233bda4ced1e1c6",
        "timeline.security.static-tokens[1].scopes=events:read"})
@EmbeddedKafka(kraft = true, partitions = 3, topics = RunningProjectionService.TOPIC)
// Boot's tests leave metrics exporters off unless asked: /actuator/prometheus is part of what is tested.
@AutoConfigureObservability(tracing = false)
@Import(RunningProjectionService.FixedToday.class)
public abstract class RunningProjectionService {

    protected static final String TOPIC = "diplomatic-timeline.events";
    /** Live streams the instance keeps open at once: few, so that a test can reach the limit. */
    protected static final int MAX_STREAMS = 8;
    /** A static token with scope timeline:admin. */
    protected static final String ADMIN_TOKEN = "test-admin-token";
    /** A valid static token, with scope events:read only. */
    protected static final String READER_TOKEN = "test-reader-token";
    /** Long enough for the consumer group's first join; once it runs, a fact shows up in well under a second. */
    protected static final Duration CONSUMPTION_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    protected TestRestTemplate http;

    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void connectProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close(Duration.ofSeconds(5));
    }

    protected static String freshTrack() {
        return "test-" + UUID.randomUUID();
    }

    /** A contract sample as a fact of its own: a new id, on the given track. */
    protected static ObjectNode newFact(ObjectNode sample, String track) {
        return sample.put("id", UUID.randomUUID().toString()).put("track", track);
    }

    /** Publishes the fact as timeline-service does: a binary-mode CloudEvent keyed by track. */
    protected void publish(ObjectNode fact) {
        publish(fact, "BINARY");
    }

    protected void publish(ObjectNode fact, String encoding) {
        publishEvent(fact.get("id").asText(), fact.get("type").asText(), fact.get("track").asText(),
                OffsetDateTime.parse(fact.get("recordedAt").asText()), fact.toString().getBytes(StandardCharsets.UTF_8),
                encoding);
    }

    /** Publishes a binary-mode CloudEvent with any data, JSON or not. */
    protected void publishEvent(String id, String type, String track, byte[] data) {
        publishEvent(id, type, track, OffsetDateTime.now(ZoneOffset.UTC), data, "BINARY");
    }

    private void publishEvent(String id, String type, String track, OffsetDateTime time, byte[] data,
                              String encoding) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("urn:diplomatic-timeline:timeline-service"))
                .withType("io.diplomatictimeline.fact." + type)
                .withSubject(track)
                .withTime(time)
                .withDataContentType("application/json")
                .withData(data)
                .build();
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, encoding,
                CloudEventSerializer.EVENT_FORMAT_CONFIG, "application/cloudevents+json"), false);
        RecordHeaders headers = new RecordHeaders();
        byte[] value = serializer.serialize(TOPIC, headers, event);
        send(new ProducerRecord<>(TOPIC, null, track, value, headers));
    }

    /** Publishes a record with nothing of the contract about it: no CloudEvent headers, a value that is not JSON. */
    protected void publishGarbage(String key) {
        send(new ProducerRecord<>(TOPIC, key, "round two, Istanbul".getBytes(StandardCharsets.UTF_8)));
    }

    protected ResponseEntity<JsonNode> get(String pathAndQuery) {
        return http.getForEntity(pathAndQuery, JsonNode.class);
    }

    /** A request with {@code Authorization: Bearer <token>}, or with no Authorization header when token is null. */
    protected ResponseEntity<JsonNode> exchange(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
    }

    /** Asks until the answer is as expected (the facts it needs have been consumed), and returns that answer. */
    protected JsonNode awaitAnswer(String pathAndQuery, Predicate<JsonNode> expected) {
        return await().atMost(CONSUMPTION_TIMEOUT).until(() -> get(pathAndQuery).getBody(), expected);
    }

    /** A 400 problem naming exactly one parameter at fault, with a message that says what is wrong. */
    protected static void assertBadParameter(ResponseEntity<JsonNode> response, String field, String messagePart) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = response.getBody().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asText()).contains(messagePart);
    }

    /** A 404 problem. */
    protected static void assertNotFound(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(404);
    }

    /**
     * The timeline entry of a fact as first recorded: the fact as published, version 1, current, corroborated by its
     * own sources alone (every contract sample has one).
     */
    protected static ObjectNode entryOf(ObjectNode fact) {
        ObjectNode entry = fact.deepCopy().put("firstRecordedAt", fact.get("recordedAt").asText()).put("version", 1)
                .put("status", "current")
                .put("occurredOnReadable", EdtfDate.parse(fact.get("occurredOn").asText()).readable());
        entry.putObject("corroboration").put("sources", 1).put("publishers", 1).putArray("disputedBy");
        ((ObjectNode) entry.get("corroboration")).put("level", "single-source");
        return entry;
    }

    /** The timeline entries of facts as first recorded. */
    protected static List<ObjectNode> entriesOf(ObjectNode... facts) {
        return Arrays.stream(facts).map(RunningProjectionService::entryOf).toList();
    }

    protected List<JsonNode> entriesOf(String track) {
        List<JsonNode> entries = new ArrayList<>();
        get("/api/timeline?track=" + track).getBody().get("entries").forEach(entries::add);
        return entries;
    }

    /** Waits until the fact shows on its track's timeline, and returns the track's entries then. */
    protected List<JsonNode> awaitOnTimeline(ObjectNode fact) {
        String id = fact.get("id").asText();
        return await().atMost(CONSUMPTION_TIMEOUT).until(() -> entriesOf(fact.get("track").asText()),
                entries -> entries.stream().anyMatch(entry -> entry.get("id").asText().equals(id)));
    }

    /** "Today" for every answer that counts days: {@link EveryReadModel#TODAY}, as in the plain-object tests. */
    @TestConfiguration
    static class FixedToday {

        @Bean
        @Primary
        Clock fixedToday() {
            return Clock.fixed(EveryReadModel.TODAY, ZoneOffset.UTC);
        }
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the embedded broker did not take the record", e);
        }
    }
}
