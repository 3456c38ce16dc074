package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.Iterator;
import java.util.UUID;

/**
 * A correction or retraction of a {@link SampleFact}, or a source added to it, as timeline-service publishes it (the
 * data of a {@code fact-corrected}, {@code fact-retracted} or {@code source-added} event, under an event id of its
 * own).
 */
public final class SampleChange {

    public static final String FACT_CORRECTED = "fact-corrected";
    public static final String FACT_RETRACTED = "fact-retracted";
    public static final String SOURCE_ADDED = "source-added";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode data;

    private SampleChange(ObjectNode data) {
        this.data = data;
    }

    static SampleChange correction(SampleFact fact, int version, ObjectNode before, ObjectNode after, String reason,
                                   Instant recordedAt) {
        ObjectNode data = envelope(FACT_CORRECTED, fact, version, reason, recordedAt);
        data.set("changes", mergePatch(before, after));
        data.set("fact", after);
        return new SampleChange(data);
    }

    static SampleChange retraction(SampleFact fact, int version, String reason, Instant recordedAt) {
        return new SampleChange(envelope(FACT_RETRACTED, fact, version, reason, recordedAt));
    }

    /** A source added to the fact, as the contract sample of source-added has it, by another publisher. */
    static SampleChange sourceAddition(SampleFact fact, int version, String publisher, String stance,
                                       Instant recordedAt) {
        ObjectNode original = fact.document();
        ObjectNode data = ContractSamples.sample(ContractSamples.SOURCE_ADDED)
                .put("id", UUID.randomUUID().toString())
                .put("track", original.get("track").asText())
                .put("factId", fact.id().toString())
                .put("factType", original.get("type").asText())
                .put("version", version)
                .put("recordedAt", recordedAt.toString())
                .put("stance", stance);
        ((ObjectNode) data.get("source")).put("publisher", publisher);
        return new SampleChange(data);
    }

    private static ObjectNode envelope(String type, SampleFact fact, int version, String reason, Instant recordedAt) {
        ObjectNode original = fact.document();
        ObjectNode data = JSON.createObjectNode()
                .put("id", UUID.randomUUID().toString())
                .put("type", type)
                .put("track", original.get("track").asText())
                .put("factId", fact.id().toString())
                .put("factType", original.get("type").asText())
                .put("version", version)
                .put("sequence", original.get("sequence").asLong() + version)
                .put("recordedAt", recordedAt.toString())
                .put("reason", reason);
        data.putObject("source").put("publisher", "TASS").put("publishedOn", "2025-04-11").putNull("url")
                .putNull("quote");
        return data;
    }

    /** The top-level fields that differ, as RFC 7396 writes them: a removed field as null. */
    private static ObjectNode mergePatch(ObjectNode before, ObjectNode after) {
        ObjectNode patch = JSON.createObjectNode();
        for (Iterator<String> fields = after.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!after.get(field).equals(before.get(field))) {
                patch.set(field, after.get(field));
            }
        }
        before.fieldNames().forEachRemaining(field -> {
            if (!after.has(field)) {
                patch.putNull(field);
            }
        });
        return patch;
    }

    public UUID eventId() {
        return UUID.fromString(data.get("id").asText());
    }

    public Instant recordedAt() {
        return Instant.parse(data.get("recordedAt").asText());
    }

    public String type() {
        return data.get("type").asText();
    }

    /** The event's data, as published. */
    public ObjectNode data() {
        return data;
    }

    /** The event as the read models receive it (what the consumer reads from the record). */
    public FactChange change() {
        UUID factId = UUID.fromString(data.get("factId").asText());
        int version = data.get("version").asInt();
        if (type().equals(SOURCE_ADDED)) {
            return FactChange.sourceAdded(eventId(), factId, data.get("track").asText(), data.get("factType").asText(),
                    version, recordedAt(), data.get("source"), data.get("stance").asText(), data.toString());
        }
        if (type().equals(FACT_RETRACTED)) {
            return FactChange.retracted(eventId(), factId, data.get("track").asText(), data.get("factType").asText(),
                    version, recordedAt(), data.get("reason").asText(), data.get("source"), data.toString());
        }
        JsonNode fact = data.get("fact");
        RecordedFact corrected = new RecordedFact(factId, fact.get("type").asText(), fact.get("track").asText(),
                EdtfDate.parse(fact.get("occurredOn").asText()), recordedAt(), fact.get("sequence").asLong(),
                (ObjectNode) fact.deepCopy(), version, Instant.parse(fact.get("recordedAt").asText()));
        return FactChange.corrected(eventId(), corrected, data.get("reason").asText(), data.get("source"),
                data.get("changes"), data.toString());
    }
}
