package io.diplomatictimeline.projection.consumption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.edtf.InvalidEdtfDateException;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import io.diplomatictimeline.projection.readmodel.Vocabulary;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a fact from a record of the Kafka contract (DESIGN.md §6), a CloudEvent, by its JSON field names only. Fields
 * this service does not filter on, {@code details} above all, are kept in the document as they came. A type outside
 * the vocabulary is refused: this service reads the types it knows, and a new one must be taught to it.
 *
 * <p>The record's value arrives as bytes and becomes a CloudEvent here, not in a Kafka deserializer, so that a record
 * that cannot be read still has its original bytes when it goes to the dead-letter topic.
 */
@Component
class CloudEventFactReader {

    /** The widest text the timeline's columns hold. */
    private static final int MAX_TEXT_LENGTH = 255;

    private final ObjectMapper json;

    CloudEventFactReader(ObjectMapper json) {
        this.json = json;
    }

    RecordedFact read(ConsumerRecord<?, byte[]> record) {
        CloudEvent event;
        try {
            event = new CloudEventDeserializer().deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            throw new UnreadableFactException(DeadLetterReason.NOT_A_CLOUD_EVENT,
                    "the record is not a CloudEvent: " + e.getMessage());
        }
        return read(event);
    }

    RecordedFact read(CloudEvent event) {
        if (event == null) {
            throw new UnreadableFactException(DeadLetterReason.NOT_A_CLOUD_EVENT, "the record has no value");
        }
        ObjectNode document = document(event);
        UUID id = uuid(document);
        // Duplicates are dropped by event id, and entries are keyed by fact id: the two must be one.
        if (!id.toString().equalsIgnoreCase(event.getId())) {
            throw invalid("the event id '" + event.getId() + "' is not the fact's id '" + id + "'");
        }
        String type = text(document, "type");
        if (!Vocabulary.knows(type)) {
            throw new UnreadableFactException(DeadLetterReason.UNKNOWN_TYPE,
                    "type '" + type + "' is not one of the vocabulary " + new TreeSet<>(Vocabulary.TYPES));
        }
        return new RecordedFact(id, type, text(document, "track"), occurredOn(document), recordedAt(document),
                sequence(document), document);
    }

    private ObjectNode document(CloudEvent event) {
        if (event.getData() == null) {
            throw new UnreadableFactException(DeadLetterReason.NOT_JSON, "event " + event.getId() + " has no data");
        }
        JsonNode data;
        try {
            data = json.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UnreadableFactException(DeadLetterReason.NOT_JSON,
                    "the data of event " + event.getId() + " is not JSON: " + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new UnreadableFactException(DeadLetterReason.NOT_JSON,
                    "the data of event " + event.getId() + " is not a JSON object");
        }
        return (ObjectNode) data;
    }

    private static UUID uuid(ObjectNode document) {
        String id = text(document, "id");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw invalid("id '" + id + "' is not a UUID");
        }
    }

    private static EdtfDate occurredOn(ObjectNode document) {
        String occurredOn = text(document, "occurredOn");
        try {
            return EdtfDate.parse(occurredOn);
        } catch (InvalidEdtfDateException e) {
            throw invalid("occurredOn is not an EDTF date: " + e.getMessage());
        }
    }

    private static Instant recordedAt(ObjectNode document) {
        String recordedAt = text(document, "recordedAt");
        try {
            return Instant.parse(recordedAt);
        } catch (DateTimeParseException e) {
            throw invalid("recordedAt '" + recordedAt + "' is not an ISO-8601 instant");
        }
    }

    private static Long sequence(ObjectNode document) {
        JsonNode sequence = document.get("sequence");
        if (sequence == null || sequence.isNull()) {
            return null;
        }
        if (!sequence.canConvertToExactIntegral() || !sequence.canConvertToLong()) {
            throw invalid("sequence '" + sequence + "' is not a whole number");
        }
        return sequence.longValue();
    }

    private static UnreadableFactException invalid(String message) {
        return new UnreadableFactException(DeadLetterReason.INVALID_FACT, message);
    }

    private static String text(ObjectNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(field + " is missing or not a text");
        }
        if (value.asText().length() > MAX_TEXT_LENGTH) {
            throw invalid(field + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return value.asText();
    }
}
