package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.diplomatictimeline.edtf.EdtfDate;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code TimelineEntry} as it was before issue 21 (commit e1c0814), unchanged but for its name: every page wrote each
 * entry from its stored document, token by token. Kept to show that entries stored as served are the entries this
 * wrote ({@link StoringEntriesAsServedTest}).
 */
final class TimelineEntryAsServedBefore implements JsonSerializable {

    static final String CURRENT = "current";
    static final String RETRACTED = "retracted";

    private static final JsonFactory JSON = new JsonFactory();
    private static final String FIRST_RECORDED_AT = "firstRecordedAt";
    private static final String RECORDED_AT = "recordedAt";
    private static final String VERSION = "version";
    private static final String STATUS = "status";
    private static final String RETRACTION = "retraction";
    private static final String OCCURRED_ON_READABLE = "occurredOnReadable";
    private static final String CORROBORATION = "corroboration";

    private final String document;
    private final EdtfDate occurredOn;
    private final int version;
    private final String status;
    private final Instant recordedAt;
    private final Instant firstRecordedAt;
    private final String retractionReason;
    private final String retractionSource;
    private String corroboration;

    /**
     * @param document         the fact as it reads in the version, a JSON object whose {@code recordedAt} is that
     *                         of its first recording
     * @param occurredOn       the document's {@code occurredOn}
     * @param recordedAt       when the version shown was recorded (for a retracted entry, the retraction)
     * @param retractionSource the retraction's source as JSON, or null
     */
    TimelineEntryAsServedBefore(String document, EdtfDate occurredOn, int version, String status, Instant recordedAt,
                  Instant firstRecordedAt, String retractionReason, String retractionSource) {
        this.document = document;
        this.occurredOn = occurredOn;
        this.version = version;
        this.status = status;
        this.recordedAt = recordedAt;
        this.firstRecordedAt = firstRecordedAt;
        this.retractionReason = retractionReason;
        this.retractionSource = retractionSource;
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider serializers) throws IOException {
        boolean laterVersion = !recordedAt.equals(firstRecordedAt);
        boolean retracted = RETRACTED.equals(status);
        boolean firstRecordedAtWritten = false;
        boolean recordedAtSeen = false;
        boolean versionWritten = false;
        boolean statusWritten = false;
        boolean retractionWritten = false;
        boolean readableWritten = false;
        String published = null;
        out.writeStartObject();
        try (JsonParser in = JSON.createParser(document)) {
            in.nextToken();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                out.writeFieldName(name);
                switch (name) {
                    case RECORDED_AT -> {
                        recordedAtSeen = true;
                        published = value == JsonToken.VALUE_STRING ? in.getText() : null;
                        if (laterVersion) {
                            out.writeString(recordedAt.toString());
                            in.skipChildren();
                        } else {
                            out.copyCurrentStructure(in);
                        }
                    }
                    case FIRST_RECORDED_AT -> {
                        // Rare: a document of its own making; its recordedAt may come later, so it is looked up.
                        out.writeString(firstRecordedAt(publishedRecordedAt()));
                        in.skipChildren();
                        firstRecordedAtWritten = true;
                    }
                    case VERSION -> {
                        out.writeNumber(version);
                        in.skipChildren();
                        versionWritten = true;
                    }
                    case STATUS -> {
                        out.writeString(status);
                        in.skipChildren();
                        statusWritten = true;
                    }
                    case OCCURRED_ON_READABLE -> {
                        out.writeString(occurredOn.readable());
                        in.skipChildren();
                        readableWritten = true;
                    }
                    case RETRACTION -> {
                        if (retracted) {
                            writeRetraction(out);
                            in.skipChildren();
                            retractionWritten = true;
                        } else {
                            out.copyCurrentStructure(in);
                        }
                    }
                    default -> out.copyCurrentStructure(in);
                }
            }
        }
        if (!firstRecordedAtWritten) {
            out.writeStringField(FIRST_RECORDED_AT, firstRecordedAt(published));
        }
        if (laterVersion && !recordedAtSeen) {
            out.writeStringField(RECORDED_AT, recordedAt.toString());
        }
        if (!versionWritten) {
            out.writeNumberField(VERSION, version);
        }
        if (!statusWritten) {
            out.writeStringField(STATUS, status);
        }
        if (!readableWritten) {
            out.writeStringField(OCCURRED_ON_READABLE, occurredOn.readable());
        }
        if (retracted && !retractionWritten) {
            out.writeFieldName(RETRACTION);
            writeRetraction(out);
        }
        if (corroboration != null) {
            out.writeFieldName(CORROBORATION);
            copy(corroboration, out);
        }
        out.writeEndObject();
    }

    /** How well the fact was corroborated at the moment the entry answers for, as JSON; not written when null. */
    void corroboration(String corroboration) {
        this.corroboration = corroboration;
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider serializers, TypeSerializer typeSerializer)
            throws IOException {
        serialize(out, serializers);
    }

    /** The first recording's time as published, to the character; as an ISO-8601 instant when it was not text. */
    private String firstRecordedAt(String published) {
        return published != null ? published : firstRecordedAt.toString();
    }

    private String publishedRecordedAt() throws IOException {
        try (JsonParser in = JSON.createParser(document)) {
            in.nextToken();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                if (RECORDED_AT.equals(name)) {
                    return value == JsonToken.VALUE_STRING ? in.getText() : null;
                }
                in.skipChildren();
            }
            return null;
        }
    }

    private static void copy(String json, JsonGenerator out) throws IOException {
        try (JsonParser in = JSON.createParser(json)) {
            in.nextToken();
            out.copyCurrentStructure(in);
        }
    }

    private void writeRetraction(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("reason", retractionReason);
        out.writeFieldName("source");
        if (retractionSource == null) {
            out.writeNull();
        } else {
            copy(retractionSource, out);
        }
        out.writeStringField(RECORDED_AT, recordedAt.toString());
        out.writeEndObject();
    }
}
