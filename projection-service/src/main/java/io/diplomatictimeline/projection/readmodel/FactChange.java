package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of the fact topic as the read models take it in: a fact recorded, corrected or retracted. Its event id
 * is what makes it applied once; its data, as received, is what the digest and the change log keep.
 *
 * @param eventId    the CloudEvent's id: the fact's id for a fact as first recorded, a change's own id otherwise
 * @param version    the version of the fact this event makes: 1 when recorded, one more for each later change
 * @param recordedAt when this event was recorded, the start of the version's validity in transaction time
 * @param reason     why the fact was corrected or retracted; null for a fact as first recorded
 * @param source     who reported the correction or retraction, as published; null for a fact as first recorded
 * @param changes    the merge patch a correction applied, as published; null otherwise
 * @param data       the event's data exactly as received
 * @param fact       the fact as it reads after this event; null for a retraction
 */
public record FactChange(UUID eventId, Change change, UUID factId, String track, String factType, int version,
                         Instant recordedAt, String reason, JsonNode source, JsonNode changes, String data,
                         RecordedFact fact) {

    public FactChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(factType, "factType");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(data, "data");
        if ((fact == null) != (change == Change.RETRACTED)) {
            throw new IllegalArgumentException("a retraction carries no fact, every other change carries one");
        }
    }

    /** A fact as first recorded: the event of the fact's own id, its document the data. */
    public static FactChange created(RecordedFact fact, String data) {
        return new FactChange(fact.id(), Change.CREATED, fact.id(), fact.track(), fact.type(), fact.version(),
                fact.recordedAt(), null, null, null, data, fact);
    }

    /** A fact as first recorded, its data the document as the read models hold it. */
    public static FactChange created(RecordedFact fact) {
        return created(fact, fact.document().toString());
    }

    /** A correction: {@code corrected} is the whole fact as it now reads, with the version and recording time. */
    public static FactChange corrected(UUID eventId, RecordedFact corrected, String reason, JsonNode source,
                                       JsonNode changes, String data) {
        return new FactChange(eventId, Change.CORRECTED, corrected.id(), corrected.track(), corrected.type(),
                corrected.version(), corrected.recordedAt(), reason, source, changes, data, corrected);
    }

    public static FactChange retracted(UUID eventId, UUID factId, String track, String factType, int version,
                                       Instant recordedAt, String reason, JsonNode source, String data) {
        return new FactChange(eventId, Change.RETRACTED, factId, track, factType, version, recordedAt, reason,
                source, null, data, null);
    }
}
