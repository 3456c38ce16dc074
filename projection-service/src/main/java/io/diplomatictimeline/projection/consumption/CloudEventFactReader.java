package io.diplomatictimeline.projection.consumption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.edtf.InvalidEdtfDateException;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import io.diplomatictimeline.projection.readmodel.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * Reads an event from a record of the Kafka contract (DESIGN.md §6), a CloudEvent, by its JSON field names only:
 * a fact of the vocabulary, or a change to one ({@value #FACT_CORRECTED}, {@value #FACT_RETRACTED},
 * {@value #SOURCE_ADDED}). Fields this
 * service does not filter on, {@code details} above all, are kept in the document as they came. A type outside the
 * vocabulary is refused: this service reads the types it knows, and a new one must be taught to it.
 *
 * <p>The record's value arrives as bytes and becomes a CloudEvent here, not in a Kafka deserializer, so that a record
 * that cannot be read still has its original bytes when it goes to the dead-letter topic.
 */
@Component
class CloudEventFactReader {

    static final String FACT_CORRECTED = "fact-corrected";
    static final String FACT_RETRACTED = "fact-retracted";
    static final String SOURCE_ADDED = "source-added";
    private static final Set<String> STANCES = Set.of("confirms", "disputes");

    /** The widest text the timeline's columns hold. */
    private static final int MAX_TEXT_LENGTH = 255;

    private final ObjectMapper json;

    CloudEventFactReader(ObjectMapper json) {
        this.json = json;
    }

    FactChange read(ConsumerRecord<?, byte[]> record) {
        CloudEvent event;
        try {
            event = new CloudEventDeserializer().deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            throw new UnreadableFactException(DeadLetterReason.NOT_A_CLOUD_EVENT,
                    "the record is not a CloudEvent: " + e.getMessage());
        }
        return read(event);
    }

    FactChange read(CloudEvent event) {
        if (event == null) {
            throw new UnreadableFactException(DeadLetterReason.NOT_A_CLOUD_EVENT, "the record has no value");
        }
        if (event.getData() == null) {
            throw new UnreadableFactException(DeadLetterReason.NOT_JSON, "event " + event.getId() + " has no data");
        }
        String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        ObjectNode document = document(event, data);
        String type = text(document, "type");
        switch (type) {
            case FACT_CORRECTED:
                return correction(event, document, data);
            case FACT_RETRACTED:
                return retraction(event, document, data);
            case SOURCE_ADDED:
                return sourceAddition(event, document, data);
            default:
                // Duplicates are dropped by event id, and entries are keyed by fact id: for a fact the two are one.
                RecordedFact fact = fact(document, "");
                if (!fact.id().toString().equalsIgnoreCase(event.getId())) {
                    throw invalid("the event id '" + event.getId() + "' is not the fact's id '" + fact.id() + "'");
                }
                return FactChange.created(fact, data);
        }
    }

    /** A correction's data carries the whole fact as it now reads; its event id is the change's own. */
    private FactChange correction(CloudEvent event, ObjectNode change, String data) {
        UUID eventId = changeId(event, change);
        UUID factId = uuid(change, "factId");
        ObjectNode fact = object(change, "fact");
        RecordedFact corrected = fact(fact, "fact.");
        if (!corrected.id().equals(factId)) {
            throw invalid("fact.id '" + corrected.id() + "' is not the factId '" + factId + "'");
        }
        if (!corrected.type().equals(text(change, "factType")) || !corrected.track().equals(text(change, "track"))) {
            throw invalid("fact.type and fact.track must be the change's factType and track");
        }
        return FactChange.corrected(eventId,
                corrected.asVersion(version(change, 2), instant(change, "recordedAt", "")),
                optionalText(change, "reason"), change.get("source"), change.get("changes"), data);
    }

    private FactChange retraction(CloudEvent event, ObjectNode change, String data) {
        UUID eventId = changeId(event, change);
        String factType = text(change, "factType");
        knownType(factType, "factType");
        return FactChange.retracted(eventId, uuid(change, "factId"), text(change, "track"), factType,
                version(change, 2), instant(change, "recordedAt", ""), optionalText(change, "reason"),
                change.get("source"), data);
    }

    /** A source added to a fact: the source, whether it confirms or disputes the fact, and the fact's version. */
    private FactChange sourceAddition(CloudEvent event, ObjectNode addition, String data) {
        UUID eventId = changeId(event, addition);
        String factType = text(addition, "factType");
        knownType(factType, "factType");
        ObjectNode source = object(addition, "source");
        text(source, "publisher", "source.");
        String stance = text(addition, "stance");
        if (!STANCES.contains(stance)) {
            throw invalid("stance '" + stance + "' is neither confirms nor disputes");
        }
        return FactChange.sourceAdded(eventId, uuid(addition, "factId"), text(addition, "track"), factType,
                version(addition, 1), instant(addition, "recordedAt", ""), source, stance, data);
    }

    /** A change's data names its own event id, as a fact's names the fact's: the two must be one. */
    private static UUID changeId(CloudEvent event, ObjectNode change) {
        UUID id = uuid(change, "id");
        if (!id.toString().equalsIgnoreCase(event.getId())) {
            throw invalid("the event id '" + event.getId() + "' is not the change's id '" + id + "'");
        }
        return id;
    }

    /**
     * A fact document: an original fact's data, or the {@code fact} of a correction.
     *
     * @param path how the document's fields are named in an error: "" or "fact."
     */
    private static RecordedFact fact(ObjectNode document, String path) {
        UUID id = uuid(document, "id", path);
        String type = text(document, "type", path);
        knownType(type, path + "type");
        return new RecordedFact(id, type, text(document, "track", path), occurredOn(document, path),
                instant(document, "recordedAt", path), sequence(document, path), document);
    }

    private static void knownType(String type, String field) {
        if (!Vocabulary.knows(type)) {
            throw new UnreadableFactException(DeadLetterReason.UNKNOWN_TYPE, field + " '" + type
                    + "' is not one of the vocabulary " + new TreeSet<>(Vocabulary.TYPES) + " nor a change ("
                    + FACT_CORRECTED + ", " + FACT_RETRACTED + ", " + SOURCE_ADDED + ")");
        }
    }

    private ObjectNode document(CloudEvent event, String data) {
        JsonNode document;
        try {
            document = json.readTree(data);
        } catch (IOException e) {
            throw new UnreadableFactException(DeadLetterReason.NOT_JSON,
                    "the data of event " + event.getId() + " is not JSON: " + e.getMessage());
        }
        if (document == null || !document.isObject()) {
            throw new UnreadableFactException(DeadLetterReason.NOT_JSON,
                    "the data of event " + event.getId() + " is not a JSON object");
        }
        return (ObjectNode) document;
    }

    private static ObjectNode object(ObjectNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null || !value.isObject()) {
            throw invalid(field + " is missing or not an object");
        }
        return (ObjectNode) value;
    }

    private static UUID uuid(ObjectNode document, String field) {
        return uuid(document, field, "");
    }

    private static UUID uuid(ObjectNode document, String field, String path) {
        String id = text(document, field, path);
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw invalid(path + field + " '" + id + "' is not a UUID");
        }
    }

    private static EdtfDate occurredOn(ObjectNode document, String path) {
        String occurredOn = text(document, "occurredOn", path);
        try {
            return EdtfDate.parse(occurredOn);
        } catch (InvalidEdtfDateException e) {
            throw invalid(path + "occurredOn is not an EDTF date: " + e.getMessage());
        }
    }

    private static Instant instant(ObjectNode document, String field, String path) {
        String instant = text(document, field, path);
        try {
            return Instant.parse(instant);
        } catch (DateTimeParseException e) {
            throw invalid(path + field + " '" + instant + "' is not an ISO-8601 instant");
        }
    }

    private static Long sequence(ObjectNode document, String path) {
        JsonNode sequence = document.get("sequence");
        if (sequence == null || sequence.isNull()) {
            return null;
        }
        if (!sequence.canConvertToExactIntegral() || !sequence.canConvertToLong()) {
            throw invalid(path + "sequence '" + sequence + "' is not a whole number");
        }
        return sequence.longValue();
    }

    /**
     * A change's version, at least {@code lowest}: a correction or retraction makes version 2 or more (the fact as
     * first recorded being version 1); a source added names the version the fact is at.
     */
    private static int version(ObjectNode change, int lowest) {
        JsonNode version = change.get("version");
        if (version == null || !version.canConvertToExactIntegral() || !version.canConvertToInt()
                || version.intValue() < lowest) {
            throw invalid("version '" + version + "' is not a whole number of " + lowest + " or more");
        }
        return version.intValue();
    }

    private static UnreadableFactException invalid(String message) {
        return new UnreadableFactException(DeadLetterReason.INVALID_FACT, message);
    }

    private static String text(ObjectNode document, String field) {
        return text(document, field, "");
    }

    private static String text(ObjectNode document, String field, String path) {
        JsonNode value = document.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(path + field + " is missing or not a text");
        }
        if (value.asText().length() > MAX_TEXT_LENGTH) {
            throw invalid(path + field + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return value.asText();
    }

    /** A text the producer may leave out; kept whatever its length (it is not a column to filter on). */
    private static String optionalText(ObjectNode document, String field) {
        JsonNode value = document.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
