package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.Change;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every version of a fact, the first first, with the sources added to it where they came: what
 * {@code GET /api/timeline/{id}/history} answers.
 *
 * @param type   the fact's vocabulary type
 * @param status {@code current}, or {@code retracted} once the fact was retracted
 */
public record FactHistory(UUID id, String track, String type, String status, List<Version> versions) {

    /**
     * One version.
     *
     * @param eventId the event that made it (for version 1 the fact's own id)
     * @param reason  why the fact was corrected or retracted; null for version 1
     * @param source  who reported the correction or retraction, or the source added; null for version 1
     * @param changes what a correction changed (the merge patch as published); null otherwise
     * @param fact    the fact as it read in this version; for a retraction, as it read when it was retracted
     * @param stance  for a source added (which makes no new version: it is listed at the version the fact was at),
     *                whether it confirms or disputes the fact; null otherwise
     */
    public record Version(int version, Change change, UUID eventId, Instant recordedAt, String reason,
                          JsonNode source, JsonNode changes, JsonNode fact, String stance) {
    }
}
