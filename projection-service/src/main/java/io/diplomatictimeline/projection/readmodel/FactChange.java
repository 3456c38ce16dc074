package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of the fact topic as the read models take it in: a fact recorded, corrected or retracted, or a source
 * added to it. Its event id is what makes it applied once; its data, as received, is what the digest and the change
 * log keep.
 *
 * @param eventId    the CloudEvent's id: the fact's id for a fact as first recorded, a change's own id otherwise
 * @param version    the version of the fact this event makes: 1 when recorded, one more for each later change; for
 *                   a source added, the version the fact is at
 * @param recordedAt when this event was recorded, the start of the version's validity in transaction time
 * @param reason     why the fact was corrected or retracted; null for a fact as first recorded
 * @param source     who reported the correction or retraction, or the source added, as published; null for a fact
 *                   as first recorded
 * @param changes    the merge patch a correction applied, as published; null otherwise
 * @param data       the event's data exactly as received
 * @param fact       the fact as it reads after this event; null for a retraction and a source added
 * @param stance     {@code confirms} or {@code disputes} for a source added; null otherwise
 */
public record FactChange(UUID eventId, Change change, UUID factId, String track, String factType, int version,
                         Instant recordedAt, String reason, JsonNode source, JsonNode changes, String data,
                         RecordedFact fact, String stance) {

    public FactChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(factType, "factType");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(data, "data");
        if ((fact == null) == change.carriesTheFact()) {
            throw new IllegalArgumentException("a fact recorded or corrected carries the fact, no other change does");
        }
    }

    /** A fact as first recorded: the event of the fact's own id, its document the data. */
    public static FactChange created(RecordedFact fact, String data) {
        return new FactChange(fact.id(), Change.CREATED, fact.id(), fact.track(), fact.type(), fact.version(),
                fact.recordedAt(), null, null, null, data, fact, null);
    }

    /** A fact as first recorded, its data the document as the read models hold it. */
    public static FactChange created(RecordedFact fact) {
        return created(fact, fact.document().toString());
    }

    /** A correction: {@code corrected} is the whole fact as it now reads, with the version and recording time. */
    public static FactChange corrected(UUID eventId, RecordedFact corrected, String reason, JsonNode source,
                                       JsonNode changes, String data) {
        return new FactChange(eventId, Change.CORRECTED, corrected.id(), corrected.track(), corrected.type(),
                corrected.version(), corrected.recordedAt(), reason, source, changes, data, corrected, null);
    }

    public static FactChange retracted(UUID eventId, UUID factId, String track, String factType, int version,
                                       Instant recordedAt, String reason, JsonNode source, String data) {
        return new FactChange(eventId, Change.RETRACTED, factId, track, factType, version, recordedAt, reason,
                source, null, data, null, null);
    }

    /** A source added to the fact, which stays at {@code version}. */
    public static FactChange sourceAdded(UUID eventId, UUID factId, String track, String factType, int version,
                                         Instant recordedAt, JsonNode source, String stance, String data) {
        return new FactChange(eventId, Change.SOURCE_ADDED, factId, track, factType, version, recordedAt, null,
                source, null, data, null, stance);
    }
}
