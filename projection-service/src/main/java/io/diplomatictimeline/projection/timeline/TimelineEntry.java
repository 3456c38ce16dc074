package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.diplomatictimeline.edtf.EdtfDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An entry as served: the fact as it reads in the version shown, with that version's number and {@code recordedAt},
 * when the fact was first recorded, its status, and for a retracted fact the retraction.
 *
 * <p>It is written straight from the stored document, token by token, rather than parsed into a tree, changed and
 * written again (a fifth of the projection's time serving timeline pages): a page of 50 allocates 91 KB instead of
 * 214 KB, in 5 to 20% less time (docs/performance-history.md, the profile of 6d67759). The fields it
 * sets take the place of fields of the same name in the document, and are added after the document's own fields
 * otherwise, in the order {@code firstRecordedAt}, {@code recordedAt}, {@code version}, {@code status},
 * {@code occurredOnReadable}, {@code retraction}; {@code corroboration} comes last, given after the entry is read (a
 * fact's corroboration changes without a new version of the fact). {@code occurredOnReadable} is {@code occurredOn}
 * as people read it ("about 2015 – about 2025"), for pages that show it.
 *
 * <p>Since issue 21 that is done once, as the version's row is written: the row keeps the entry as served
 * ({@link #served()}, without its corroboration), and a page copies that text as it is, without parsing it
 * ({@link #stored}), adding the corroboration before its closing brace. Rows written before keep none and are still
 * written from their document. The text is written as the service writes its UTF-8 answers (a character outside the
 * Basic Multilingual Plane as a pair of escaped surrogates), so that a page of stored entries is, byte for byte, the
 * page written from their documents.
 */
public final class TimelineEntry implements JsonSerializable {

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

    /** The entry as served, without its corroboration; null when it is to be written from the document. */
    private final String served;
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
    TimelineEntry(String document, EdtfDate occurredOn, int version, String status, Instant recordedAt,
                  Instant firstRecordedAt, String retractionReason, String retractionSource) {
        this.served = null;
        this.document = document;
        this.occurredOn = occurredOn;
        this.version = version;
        this.status = status;
        this.recordedAt = recordedAt;
        this.firstRecordedAt = firstRecordedAt;
        this.retractionReason = retractionReason;
        this.retractionSource = retractionSource;
    }

    private TimelineEntry(String served) {
        this.served = served;
        this.document = null;
        this.occurredOn = null;
        this.version = 0;
        this.status = null;
        this.recordedAt = null;
        this.firstRecordedAt = null;
        this.retractionReason = null;
        this.retractionSource = null;
    }

    /** The entry whose row keeps it as served: {@link #served()} of the entry as it was written. */
    static TimelineEntry stored(String served) {
        return new TimelineEntry(served);
    }

    /** The entry as served, without its corroboration: what its row keeps, a JSON object of one line. */
    String served() {
        if (served != null) {
            return served;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream(document.length() + 160);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            writeFromDocument(out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a timeline entry", e);
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void serialize(JsonGenerator out, SerializerProvider serializers) throws IOException {
        if (served == null) {
            writeFromDocument(out);
            writeCorroboration(out);
            out.writeEndObject();
        } else if (out instanceof TokenBuffer) {
            // A tree (valueToTree, as the exports read entries) is made of tokens, which raw text is not.
            copyFields(served, out);
            writeCorroboration(out);
            out.writeEndObject();
        } else if (corroboration == null) {
            out.writeRawValue(served);
        } else {
            out.writeRawValue(served, 0, served.length() - 1);
            out.writeRaw(",\"" + CORROBORATION + "\":");
            out.writeRaw(corroboration);
            out.writeRaw('}');
        }
    }

    /** The entry's start and fields from the document, all but its corroboration and its end. */
    private void writeFromDocument(JsonGenerator out) throws IOException {
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
    }

    private void writeCorroboration(JsonGenerator out) throws IOException {
        if (corroboration != null) {
            out.writeFieldName(CORROBORATION);
            copy(corroboration, out);
        }
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

    /** The start and fields of a JSON object, not its end. */
    private static void copyFields(String object, JsonGenerator out) throws IOException {
        try (JsonParser in = JSON.createParser(object)) {
            in.nextToken();
            out.writeStartObject();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                out.writeFieldName(in.currentName());
                in.nextToken();
                out.copyCurrentStructure(in);
            }
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
