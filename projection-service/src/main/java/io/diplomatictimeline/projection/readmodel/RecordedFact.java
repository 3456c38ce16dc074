package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a fact as the read models receive it: the few fields every one of them orders or keys by, and the
 * whole document of the fact as it reads in this version, which each read model reads the rest from. This service's
 * own type: it shares no Java class with timeline-service.
 *
 * @param recordedAt      when this version was recorded: the start of its rows' validity in transaction time
 * @param sequence        the fact's place in its track, when the producer gave one (of its first recording)
 * @param document        the fact as it reads in this version, exactly as published (its {@code recordedAt} field is
 *                        that of the first recording)
 * @param version         1 for the fact as first recorded, one more for each correction
 * @param firstRecordedAt when the fact was first recorded
 */
public record RecordedFact(
        UUID id,
        String type,
        String track,
        EdtfDate occurredOn,
        Instant recordedAt,
        Long sequence,
        ObjectNode document,
        int version,
        Instant firstRecordedAt) {

    public RecordedFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(firstRecordedAt, "firstRecordedAt");
        if (version < 1) {
            throw new IllegalArgumentException("a fact's versions count from 1, was " + version);
        }
    }

    /** A fact as first recorded: version 1. */
    public RecordedFact(UUID id, String type, String track, EdtfDate occurredOn, Instant recordedAt, Long sequence,
                        ObjectNode document) {
        this(id, type, track, occurredOn, recordedAt, sequence, document, 1, recordedAt);
    }

    /**
     * This fact as a later version of itself, recorded at that instant: a correction publishes the whole fact as it
     * now reads, with the {@code recordedAt} of its first recording, which stays {@link #firstRecordedAt()}.
     */
    public RecordedFact asVersion(int laterVersion, Instant versionRecordedAt) {
        return new RecordedFact(id, type, track, occurredOn, versionRecordedAt, sequence, document, laterVersion,
                firstRecordedAt);
    }

    public boolean is(String vocabularyType) {
        return type.equals(vocabularyType);
    }

    public String title() {
        return textOf(document.get("title"));
    }

    /** The type's own fields; a missing node (never null) when the fact has none. */
    public JsonNode details() {
        return document.path("details");
    }

    /** {@code details.roundNumber}, when the fact names a round. */
    public Optional<Integer> roundNumber() {
        JsonNode number = details().get("roundNumber");
        return number != null && number.canConvertToExactIntegral() && number.canConvertToInt()
                ? Optional.of(number.intValue())
                : Optional.empty();
    }

    /** A reference to another fact in {@code details} ({@code proposalId}, {@code disputeId}, {@code aboutFactId}). */
    public Optional<UUID> reference(String detailsField) {
        String id = textOf(details().get(detailsField));
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAFactId) {
            return Optional.empty();
        }
    }

    /**
     * The text of a field, or null when it is missing, null or not a text. The producer may leave out an optional
     * field or send it as null: every read model treats the two alike.
     */
    public static String textOf(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
