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

    /**
     * The JSON text of {@link #of} for a current entry, spliced into the stored document's text rather than parsed
     * and written again: the same fields in the same order, character for character, as the service's Jackson writes
     * the tree {@link #of} makes. It applies to what {@link com.fasterxml.jackson.databind.JsonNode#toString()} stores
     * (compact JSON, no whitespace between tokens, no duplicate field); null when anything else is met: a retracted
     * entry, a document with whitespace between its tokens, an escaped field name at the top level, or a top-level
     * {@code firstRecordedAt}, {@code version}, {@code status} or {@code retraction} (which {@link #of} overwrites in
     * place), so that the caller takes the tree's way.
     */
    static String served(String document, int version, String status, Instant recordedAt, Instant firstRecordedAt) {
        int length = document.length();
        if (!CURRENT.equals(status) || length < 2 || document.charAt(0) != '{' || document.charAt(length - 1) != '}'
                || document.charAt(1) == '}') {
            return null;
        }
        int recordedAtStart = -1;
        int recordedAtEnd = -1;
        int at = 1;
        while (true) {
            int nameEnd = endOfString(document, at);
            if (nameEnd < 0 || nameEnd + 1 >= length || document.charAt(nameEnd + 1) != ':') {
                return null;
            }
            int valueStart = nameEnd + 2;
            int valueEnd = endOfValue(document, valueStart);
            if (valueEnd < 0 || valueEnd >= length) {
                return null;
            }
            if (hasBackslash(document, at + 1, nameEnd)) {
                return null;
            }
            if (isName(document, at, nameEnd, "recordedAt")) {
                if (recordedAtStart >= 0) {
                    return null;
                }
                recordedAtStart = valueStart;
                recordedAtEnd = valueEnd;
            } else if (isName(document, at, nameEnd, "firstRecordedAt") || isName(document, at, nameEnd, "version")
                    || isName(document, at, nameEnd, "status") || isName(document, at, nameEnd, "retraction")) {
                return null;
            }
            char next = document.charAt(valueEnd);
            if (next == '}' && valueEnd == length - 1) {
                break;
            }
            if (next != ',') {
                return null;
            }
            at = valueEnd + 1;
        }
        boolean publishedAsText = recordedAtStart >= 0 && document.charAt(recordedAtStart) == '"';
        if (publishedAsText && hasBackslash(document, recordedAtStart, recordedAtEnd)) {
            return null;
        }
        boolean replaceRecordedAt = !recordedAt.equals(firstRecordedAt);
        StringBuilder entry = new StringBuilder(length + 128);
        if (replaceRecordedAt && recordedAtStart >= 0) {
            entry.append(document, 0, recordedAtStart).append('"').append(recordedAt).append('"')
                    .append(document, recordedAtEnd, length - 1);
        } else {
            entry.append(document, 0, length - 1);
        }
        entry.append(",\"firstRecordedAt\":");
        if (publishedAsText) {
            entry.append(document, recordedAtStart, recordedAtEnd);
        } else {
            entry.append('"').append(firstRecordedAt).append('"');
        }
        if (replaceRecordedAt && recordedAtStart < 0) {
            entry.append(",\"recordedAt\":\"").append(recordedAt).append('"');
        }
        return entry.append(",\"version\":").append(version).append(",\"status\":\"").append(CURRENT).append("\"}")
                .toString();
    }

    private static boolean hasBackslash(String document, int from, int to) {
        for (int i = from; i < to; i++) {
            if (document.charAt(i) == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Whether the string token between those quotes is that name, unescaped. */
    private static boolean isName(String document, int openingQuote, int closingQuote, String name) {
        return closingQuote - openingQuote - 1 == name.length() && document.startsWith(name, openingQuote + 1);
    }

    /** The index of the quote that closes the string token opening at {@code at}; -1 when there is none. */
    private static int endOfString(String document, int at) {
        if (at >= document.length() || document.charAt(at) != '"') {
            return -1;
        }
        for (int i = at + 1; i < document.length(); i++) {
            char c = document.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The index right after the compact JSON value starting at {@code at}; -1 when it is not one. */
    private static int endOfValue(String document, int at) {
        int length = document.length();
        if (at >= length) {
            return -1;
        }
        char first = document.charAt(at);
        if (first == '"') {
            int end = endOfString(document, at);
            return end < 0 ? -1 : end + 1;
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            int i = at;
            while (i < length) {
                char c = document.charAt(i);
                if (c == '"') {
                    int end = endOfString(document, i);
                    if (end < 0) {
                        return -1;
                    }
                    i = end + 1;
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                    if (depth == 0) {
                        return i + 1;
                    }
                } else if (Character.isWhitespace(c)) {
                    return -1;
                }
                i++;
            }
            return -1;
        }
        int i = at;
        while (i < length) {
            char c = document.charAt(i);
            if (c == ',' || c == '}' || c == ']') {
                break;
            }
            if (Character.isWhitespace(c) || c == '"' || c == '{' || c == '[' || c == ':') {
                return -1;
            }
            i++;
        }
        return i == at ? -1 : i;
    }
}
