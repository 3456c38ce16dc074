package io.diplomatictimeline.projection.consumption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.edtf.InvalidEdtfDateException;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a fact from a CloudEvent of the Kafka contract (DESIGN.md §6) by its JSON field names only. Fields this
 * service does not filter on, {@code details} above all, are kept in the document as they came, so new vocabulary
 * types need no change here.
 */
@Component
class CloudEventFactReader {

    /** The widest text the timeline's columns hold. */
    private static final int MAX_TEXT_LENGTH = 255;

    private final ObjectMapper json;

    CloudEventFactReader(ObjectMapper json) {
        this.json = json;
    }

    RecordedFact read(CloudEvent event) {
        if (event == null) {
            throw new UnreadableFactException("the record has no value");
        }
        ObjectNode document = document(event);
        UUID id = uuid(document);
        // Duplicates are dropped by event id, and entries are keyed by fact id: the two must be one.
        if (!id.toString().equalsIgnoreCase(event.getId())) {
            throw new UnreadableFactException(
                    "the event id '" + event.getId() + "' is not the fact's id '" + id + "'");
        }
        return new RecordedFact(id, text(document, "type"), text(document, "track"), occurredOn(document),
                recordedAt(document), sequence(document), document);
    }

    private ObjectNode document(CloudEvent event) {
        if (event.getData() == null) {
            throw new UnreadableFactException("event " + event.getId() + " has no data");
        }
        JsonNode data;
        try {
            data = json.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UnreadableFactException("the data of event " + event.getId() + " is not JSON: "
                    + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new UnreadableFactException("the data of event " + event.getId() + " is not a JSON object");
        }
        return (ObjectNode) data;
    }

    private static UUID uuid(ObjectNode document) {
        String id = text(document, "id");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFactException("id '" + id + "' is not a UUID");
        }
    }

    private static EdtfDate occurredOn(ObjectNode document) {
        String occurredOn = text(document, "occurredOn");
        try {
            return EdtfDate.parse(occurredOn);
        } catch (InvalidEdtfDateException e) {
            throw new UnreadableFactException("occurredOn is not an EDTF date: " + e.getMessage());
        }
    }

    private static Instant recordedAt(ObjectNode document) {
        String recordedAt = text(document, "recordedAt");
        try {
            return Instant.parse(recordedAt);
        } catch (DateTimeParseException e) {
            throw new UnreadableFactException("recordedAt '" + recordedAt + "' is not an ISO-8601 instant");
        }
    }

    private static Long sequence(ObjectNode document) {
        JsonNode sequence = document.get("sequence");
        if (sequence == null || sequence.isNull()) {
            return null;
        }
        if (!sequence.canConvertToExactIntegral() || !sequence.canConvertToLong()) {
            throw new UnreadableFactException("sequence '" + sequence + "' is not a whole number");
        }
        return sequence.longValue();
    }

    private static String text(ObjectNode document, String field) {
        JsonNode value = document.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new UnreadableFactException(field + " is missing or not a text");
        }
        if (value.asText().length() > MAX_TEXT_LENGTH) {
            throw new UnreadableFactException(field + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return value.asText();
    }
}
