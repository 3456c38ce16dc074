package io.diplomatictimeline.projection.export;

import io.diplomatictimeline.projection.web.ParameterError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;

/** What {@code GET /api/timeline/export} writes, by its {@code format} parameter. */
enum ExportFormat {

    TIMELINEJS(MediaType.APPLICATION_JSON, null),
    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "timeline.csv"),
    ICS(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8), "timeline.ics");

    private final MediaType mediaType;
    /** The name a download is saved under, or null for an answer a page reads. */
    private final String fileName;

    ExportFormat(MediaType mediaType, String fileName) {
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String fileName() {
        return fileName;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Adds an error naming {@code format} when it is missing or unknown. */
    static ExportFormat parse(String text, List<ParameterError> errors) {
        for (ExportFormat format : values()) {
            if (format.label().equals(text)) {
                return format;
            }
        }
        errors.add(new ParameterError("format", "must be one of "
                + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "))
                + (text == null ? "" : ", was '" + text + "'")));
        return null;
    }
}
