package io.diplomatictimeline.timeline.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Random and mutated bodies posted over real HTTP by an authorised writer, as new facts and as corrections of a
 * recorded one: whatever arrives, the answer is never a 5xx, and every refusal is a problem naming a field. jqwik runs on its own engine, so the service is fetched
 * through Spring's test context cache: the class carries the same configuration as every other IT, and so gets
 * the very service (and broker) they run against.
 */
@TimelineServiceTest
class FuzzingTheEnvelopeIT {

    private static final String[] TYPES = {"round-held", "round-scheduled", "property-seizure-raised",
            "statement-issued", "agreement-reached", "summit-held", ""};
    private static final String[] NASTY_TEXT = {"2025-02-30", "2025-13", "2018/2016", "20250410", "", " ", "XX",
            "ru-us/embassy", "<script>alert(1)</script>", "'; DROP TABLE fact_receipt; --", "\u0000", "\u001b[31m",
            "\uFEFF", "𝕏", "null", "9".repeat(400), "x".repeat(25_000), "../../etc/passwd", "%s%n", "\\u0000"};

    private static final String[] DATES = {"2024", "2025-01", "2025-02-27", "2025-04-10~", "2025-03?",
            "2024/2025", "2999-01-01", "1900-02-29", "2000-02-29"};

    private static Http http;
    /** Round two of a track of three rounds, which the fuzzed corrections patch, version after version. */
    private static UUID toCorrect;

    @BeforeContainer
    static void theRunningService() {
        ApplicationContext service = new TestContextManager(FuzzingTheEnvelopeIT.class).getTestContext()
                .getApplicationContext();
        http = new Http(Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port")));
        toCorrect = UUID.randomUUID();
        String track = FactBodies.newTrack();
        // Rounds around it, so that re-dated and renumbered versions meet the rules of history too (409s).
        assertThat(http.post("/api/events").json(FactBodies.roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"))
                .status()).isEqualTo(201);
        assertThat(http.post("/api/events").json(FactBodies.roundHeld(toCorrect, track, 2, "2025-04-10"))
                .status()).isEqualTo(201);
        assertThat(http.post("/api/events").json(FactBodies.roundHeld(UUID.randomUUID(), track, 3, "2025-06-01"))
                .status()).isEqualTo(201);
    }

    @Property(tries = 200)
    void noCorrectionEverYieldsAServerError(@ForAll("patches") JsonNode changes) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("changes", changes);
        body.put("reason", "fuzzed").putObject("source").put("publisher", "fuzz");
        Http.Answer answer = http.post("/api/events/" + toCorrect + "/corrections").json(body);
        Statistics.collect(answer.status());

        assertThat(answer.status()).as(answer.body()).isBetween(200, 499);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.errorFields()).as(answer.body()).isNotEmpty().doesNotContain("");
        }
    }

    /** Merge patches: random JSON, or a valid fact's fields mutated (some then valid corrections, some not). */
    @Provide
    Arbitrary<JsonNode> patches() {
        Arbitrary<JsonNode> mutatedFields = mutatedFacts().map(text -> {
            ObjectNode fact = (ObjectNode) parse(text);
            fact.remove(List.of("id", "type", "track"));
            return fact;
        });
        Arbitrary<JsonNode> redated = Arbitraries.of(DATES).flatMap(date -> Arbitraries.integers().between(-1, 5)
                .map(round -> {
                    ObjectNode patch = JsonNodeFactory.instance.objectNode().put("occurredOn", date);
                    patch.putObject("details").put("roundNumber", round);
                    return patch;
                }));
        return Arbitraries.frequencyOf(Tuple.of(3, mutatedFields), Tuple.of(2, redated), Tuple.of(2, jsonValues(3)));
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 500)
    void noBodyEverYieldsAServerError(@ForAll("bodies") byte[] body) {
        Http.Answer answer = http.post("/api/events").bytes(body);
        // Reported after the run: shows how many tries got past parsing, validation, and into the aggregate.
        Statistics.collect(answer.status());

        assertThat(answer.status()).as(answer.body()).isBetween(200, 499);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.errorFields()).as(answer.body()).isNotEmpty().doesNotContain("");
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, mutatedFacts().map(FuzzingTheEnvelopeIT::utf8)),
                Tuple.of(2, jsonValues(4).map(node -> utf8(node.toString()))),
                Tuple.of(1, deeplyNested().map(FuzzingTheEnvelopeIT::utf8)),
                Tuple.of(2, corruptedBytes()));
    }

    /** A valid fact with one to four of its fields replaced, removed, or joined by a stranger. */
    private Arbitrary<String> mutatedFacts() {
        Arbitrary<Mutation> mutation = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 1000).flatMap(which ->
                        jsonValues(2).map(value -> (Mutation) fact -> replace(fact, which, value)))),
                Tuple.of(2, Arbitraries.integers().between(0, 1000).map(which -> (Mutation) fact -> remove(fact, which))),
                Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).flatMap(name ->
                        jsonValues(1).map(value -> (Mutation) fact -> fact.set(name, value)))),
                Tuple.of(2, Arbitraries.of(TYPES).map(type -> (Mutation) fact -> fact.put("type", type))),
                // Plausible facts on one shared track, so that the rules of history are reached too (409s).
                Tuple.of(3, Arbitraries.integers().between(-1, 6).flatMap(round -> Arbitraries.of(DATES).map(date ->
                        (Mutation) fact -> {
                            fact.put("track", "fuzzed-track").put("occurredOn", date);
                            if (fact.get("details") instanceof ObjectNode details) {
                                details.put("roundNumber", round);
                            }
                        }))));
        return mutation.list().ofMinSize(1).ofMaxSize(4).map(mutations -> {
            ObjectNode fact = FactBodies.roundHeld(UUID.randomUUID(), FactBodies.newTrack(), 1, "2025-02-27");
            mutations.forEach(m -> m.apply(fact));
            return fact.toString();
        });
    }

    private Arbitrary<JsonNode> jsonValues(int depth) {
        Arbitrary<JsonNode> leaves = Arbitraries.frequencyOf(
                Tuple.of(3, texts().map(TextNode::valueOf)),
                Tuple.of(2, Arbitraries.longs().map(LongNode::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(BigIntegerNode::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(DoubleNode::valueOf)),
                Tuple.of(1, Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance())));
        if (depth == 0) {
            return leaves;
        }
        Arbitrary<JsonNode> arrays = jsonValues(depth - 1).list().ofMaxSize(4).map(items -> {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Arbitraries.maps(texts().ofMaxLength(12), jsonValues(depth - 1)).ofMaxSize(4)
                .map(FuzzingTheEnvelopeIT::object);
        return Arbitraries.frequencyOf(Tuple.of(4, leaves), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    private static net.jqwik.api.arbitraries.StringArbitrary texts() {
        // Whole planes of text, control characters included; surrogates only in pairs, as JSON carries them.
        return Arbitraries.strings().withCharRange('\u0000', '\u007f').withCharRange('\u0080', '\ud7ff')
                .withCharRange('\ue000', '\ufffd').ofMaxLength(40);
    }

    /** Arrays and objects nested around the parser's limit of 32. */
    private Arbitrary<String> deeplyNested() {
        return Arbitraries.integers().between(20, 200).flatMap(depth -> Arbitraries.of(true, false).map(arrays -> {
            String open = arrays ? "[" : "{\"a\":";
            String close = arrays ? "]" : "}";
            String inner = open.repeat(depth) + "1" + close.repeat(depth);
            return FactBodies.roundHeld(UUID.randomUUID(), FactBodies.newTrack(), 1, "2025-02-27").toString()
                    .replaceFirst("\"title\"", "\"deep\":" + inner + ",\"title\"");
        }));
    }

    /** A valid body's bytes, cut short, with bytes overwritten or inserted: broken JSON, broken UTF-8. */
    private Arbitrary<byte[]> corruptedBytes() {
        Arbitrary<List<int[]>> edits = Arbitraries.integers().between(0, 1000).flatMap(at ->
                Arbitraries.integers().between(0, 255).flatMap(value ->
                        Arbitraries.integers().between(0, 2).map(kind -> new int[] {at, value, kind}))).list()
                .ofMinSize(1).ofMaxSize(6);
        return edits.map(list -> {
            byte[] valid = utf8(FactBodies.roundHeld(UUID.randomUUID(), FactBodies.newTrack(), 1, "2025-02-27")
                    .toString());
            List<Byte> bytes = new ArrayList<>();
            for (byte b : valid) {
                bytes.add(b);
            }
            for (int[] edit : list) {
                if (bytes.isEmpty()) {
                    break;
                }
                int at = edit[0] % bytes.size();
                switch (edit[2]) {
                    case 0 -> bytes.set(at, (byte) edit[1]);
                    case 1 -> bytes.add(at, (byte) edit[1]);
                    default -> bytes.subList(at, bytes.size()).clear();
                }
            }
            byte[] out = new byte[bytes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = bytes.get(i);
            }
            return out;
        });
    }

    private interface Mutation {
        void apply(ObjectNode fact);
    }

    private static void replace(ObjectNode fact, int which, JsonNode value) {
        List<Map.Entry<ObjectNode, String>> fields = fieldsOf(fact);
        if (fields.isEmpty()) {
            return;
        }
        Map.Entry<ObjectNode, String> field = fields.get(which % fields.size());
        boolean nasty = which % 3 == 0;
        field.getKey().set(field.getValue(), nasty ? TextNode.valueOf(NASTY_TEXT[which % NASTY_TEXT.length]) : value);
    }

    private static void remove(ObjectNode fact, int which) {
        List<Map.Entry<ObjectNode, String>> fields = fieldsOf(fact);
        if (fields.isEmpty()) {
            return;
        }
        Map.Entry<ObjectNode, String> field = fields.get(which % fields.size());
        field.getKey().remove(field.getValue());
    }

    /** Every field of every object in the fact, nested ones too, as (object, name). */
    private static List<Map.Entry<ObjectNode, String>> fieldsOf(JsonNode node) {
        List<Map.Entry<ObjectNode, String>> fields = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                fields.add(Map.entry(object, name));
                fields.addAll(fieldsOf(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> fields.addAll(fieldsOf(item)));
        }
        return fields;
    }

    private static JsonNode object(Map<String, JsonNode> fields) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fields.forEach(object::set);
        return object;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
