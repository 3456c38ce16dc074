package io.diplomatictimeline.timeline.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * One bad input per case, each posted by an authorised writer over real HTTP: the answer is the right status
 * and a problem naming the field and the rule, the fact is not stored (its id answers 404), and it is not
 * published (no record of it on the topic once a later fact's record has arrived). The service keeps serving.
 */
@TimelineServiceTest
class RefusingBadInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PublishedFacts published;

    private final Http http;

    RefusingBadInputIT(@LocalServerPort int port) {
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

    /** A bad request: how to make it for a fact id, and what the answer must say. */
    record BadInput(String name, String contentType, Function<UUID, byte[]> body, int status, String field,
                    String rule) {

        BadInput withBody(Function<UUID, byte[]> other) {
            return new BadInput(name, contentType, other, status, field, rule);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                raw("malformed JSON", id -> "{\"id\": \"" + id + "\", \"type\": \"round-held\",", 400, "body",
                        "not well-formed JSON"),
                new BadInput("wrong content type", "text/plain", id -> round(id, body -> { }), 415, "Content-Type",
                        "text/plain"),
                json("an unknown top-level field", body -> body.put("colour", "red"), 400, "colour",
                        "not a known field"),
                json("an unknown field in the details", body -> details(body).put("venue", "Istanbul"), 400,
                        "details.venue", "not a known field"),
                json("a missing required field", body -> body.remove("title"), 400, "title", "must not be blank"),
                json("an unknown type", body -> body.put("type", "summit-held"), 400, "type", "unknown type"),
                json("a date that does not exist: 2025-02-30", body -> body.put("occurredOn", "2025-02-30"), 400,
                        "occurredOn", "2025-02-30"),
                json("a month that does not exist: 2025-13", body -> body.put("occurredOn", "2025-13"), 400,
                        "occurredOn", "2025-13"),
                json("an interval that ends before it starts: 2018/2016", body -> body.put("occurredOn", "2018/2016"),
                        400, "occurredOn", "after it ends"),
                json("a date without separators: 20250410", body -> body.put("occurredOn", "20250410"), 400,
                        "occurredOn", "20250410"),
                json("an empty date", body -> body.put("occurredOn", ""), 400, "occurredOn", "must not be blank"),
                json("an invalid country code", body -> ((ObjectNode) body.get("actors").get(0)).put("country", "XX"),
                        400, "actors[0].country", "ISO 3166-1 alpha-2"),
                json("a lowercase country code", body -> ((ObjectNode) body.get("location")).put("country", "tr"),
                        400, "location.country", "ISO 3166-1 alpha-2"),
                json("a negative round number", body -> details(body).put("roundNumber", -1), 400,
                        "details.roundNumber", "greater than or equal to 1"),
                raw("an overflowing round number", id -> new String(round(id, body -> { }), StandardCharsets.UTF_8)
                        .replace("\"roundNumber\":1", "\"roundNumber\":99999999999999999999"), 400,
                        "details.roundNumber", "out of range"),
                json("10,000 actors", body -> {
                    ArrayNode actors = body.putArray("actors");
                    for (int i = 0; i < 10_000; i++) {
                        actors.addObject().put("name", "Actor " + i);
                    }
                }, 400, "actors", "size must be between 0 and 100"),
                json("a control character in the title", body -> body.put("title", "Round\u0007 held"), 400, "title",
                        "control characters"),
                json("a NUL in a source", body -> ((ObjectNode) body.get("sources").get(0)).put("publisher", "IA\u0000NS"),
                        400, "sources[0].publisher", "control characters"),
                json("an escape character in the details", body -> details(body).put("hostCountry", "\u001bRU"), 400,
                        "details.hostCountry", "control characters"),
                new BadInput("invalid UTF-8 bytes", "application/json", RefusingBadInputIT::invalidUtf8, 400, "title",
                        "Invalid UTF-8"),
                json("a track with a slash", body -> body.put("track", "ru-us/embassy-talks"), 400, "track",
                        "lowercase slug"),
                json("a track with spaces", body -> body.put("track", "ru us embassy talks"), 400, "track",
                        "lowercase slug"),
                json("trailing content after the fact", body -> { }, 400, "body", "Trailing token")
                        .withBody(id -> (new String(round(id, b -> { }), StandardCharsets.UTF_8) + " {}")
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedNamingTheFieldAndTheRuleAndLeavesNoTrace(BadInput input) {
        UUID id = UUID.randomUUID();

        Http.Answer answer = http.post("/api/events").contentType(input.contentType()).bytes(input.body().apply(id));

        assertThat(answer.status()).as(answer.body()).isEqualTo(input.status());
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errorFields()).as(answer.body()).contains(input.field());
        String message = answer.errorMessages().get(answer.errorFields().indexOf(input.field()));
        assertThat(message).containsIgnoringCase(input.rule());
        assertThat(http.get("/api/events/" + id).status()).isEqualTo(404);
        assertNotPublished(id);
    }

    @Test
    void htmlAndSqlInTextAreStoredAndServedBackLiterally() throws Exception {
        UUID id = UUID.randomUUID();
        String html = "<script>alert('x')</script> & <b>bold</b> \"quoted\"";
        String sql = "'; DROP TABLE fact_receipt; -- Robert'); DELETE FROM DomainEventEntry WHERE ('1'='1";
        ObjectNode body = FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27");
        body.put("title", html);
        body.put("summary", sql + "\nline two\ttabbed\r\n");
        ((ObjectNode) body.get("sources").get(0)).put("quote", "Ω ≠ Ѫ — 中文 🕊️");

        Http.Answer answer = http.post("/api/events").json(body);
        Http.Answer stored = http.get("/api/events/" + id);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(stored.json().get("title").asText()).isEqualTo(html);
        assertThat(stored.json().get("summary").asText()).isEqualTo(sql + "\nline two\ttabbed\r\n");
        assertThat(stored.json().get("sources").get(0).get("quote").asText()).isEqualTo("Ω ≠ Ѫ — 中文 🕊️");
        JsonNode record = JSON.readTree(published.awaitRecordOf(id).value().getData().toBytes());
        assertThat(record.get("title").asText()).isEqualTo(html);
        assertThat(record.get("summary").asText()).isEqualTo(sql + "\nline two\ttabbed\r\n");
        assertThat(record.get("sources").get(0).get("quote").asText()).isEqualTo("Ω ≠ Ѫ — 中文 🕊️");
    }

    /** Nothing of the fact was published: a fact posted after it has reached the topic, and it has not. */
    private void assertNotPublished(UUID refused) {
        UUID sentinel = UUID.randomUUID();
        assertThat(http.post("/api/events").json(FactBodies.propertySeizureRaised(sentinel, FactBodies.newTrack()))
                .status()).as("the service keeps serving").isEqualTo(201);
        published.awaitRecordOf(sentinel);
        assertThat(published.recordsOf(refused)).isEmpty();
    }

    private static BadInput json(String name, Consumer<ObjectNode> change, int status, String field, String rule) {
        return new BadInput(name, "application/json", id -> round(id, change), status, field, rule);
    }

    private static BadInput raw(String name, Function<UUID, String> body, int status, String field, String rule) {
        return new BadInput(name, "application/json", id -> body.apply(id).getBytes(StandardCharsets.UTF_8), status,
                field, rule);
    }

    private static byte[] round(UUID id, Consumer<ObjectNode> change) {
        ObjectNode body = FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27");
        change.accept(body);
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode details(ObjectNode body) {
        return (ObjectNode) body.get("details");
    }

    /** A valid fact whose title holds bytes that are not UTF-8 (a lone continuation byte, an 0xFF). */
    private static byte[] invalidUtf8(UUID id) {
        String body = new String(round(id, b -> b.put("title", "TITLE")), StandardCharsets.UTF_8);
        int at = body.indexOf("TITLE");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'R', (byte) 0x80, 'o', (byte) 0xff, 'u', (byte) 0xc3, 'n', 'd'});
        out.writeBytes(body.substring(at + "TITLE".length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
