package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * An applied event as the change log keeps it.
 *
 * @param factType the vocabulary type of the fact it changed
 * @param source   null for a fact as first recorded
 * @param data     the event's data exactly as received
 * @param stance   {@code confirms} or {@code disputes} for a source added; null otherwise
 */
public record LoggedChange(UUID eventId, Change change, UUID factId, String track, String factType, int version,
                           Instant recordedAt, String reason, JsonNode source, String data, String stance) {
}
