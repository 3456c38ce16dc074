package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * An entry as served: the fact as it reads in the version shown, with that version's number and {@code recordedAt},
 * when the fact was first recorded, its status, and for a retracted fact the retraction.
 */
final class TimelineEntry {

    static final String CURRENT = "current";
    static final String RETRACTED = "retracted";

    private TimelineEntry() {
    }

    /**
     * @param document   the fact as it reads in the version, whose {@code recordedAt} is that of its first
     *                   recording; changed in place and returned
     * @param recordedAt when the version shown was recorded (for a retracted entry, the retraction)
     */
    static ObjectNode of(ObjectNode document, int version, String status, Instant recordedAt,
                         Instant firstRecordedAt, String retractionReason, JsonNode retractionSource) {
        // The first recording's time as published, to the character; a later version's as an ISO-8601 instant.
        JsonNode published = document.get("recordedAt");
        document.put("firstRecordedAt", published != null && published.isTextual() ? published.asText()
                : firstRecordedAt.toString());
        if (!recordedAt.equals(firstRecordedAt)) {
            document.put("recordedAt", recordedAt.toString());
        }
        document.put("version", version);
        document.put("status", status);
        if (RETRACTED.equals(status)) {
            ObjectNode retraction = document.putObject("retraction");
            retraction.put("reason", retractionReason);
            retraction.set("source", retractionSource);
            retraction.put("recordedAt", recordedAt.toString());
        }
        return document;
    }
}
