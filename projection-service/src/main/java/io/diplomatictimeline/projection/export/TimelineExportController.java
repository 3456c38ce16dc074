package io.diplomatictimeline.projection.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.timeline.TimelineEntries;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import io.diplomatictimeline.projection.timeline.TimelineRequest;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The timeline as a file people already have a program for: TimelineJS's JSON, CSV, iCalendar. Same filters and
 * {@code asOf} as {@code /api/timeline}; written as it is read, a page of entries at a time, so an export of any size
 * starts answering at once and holds one page in memory.
 */
@RestController
class TimelineExportController {

    private final TimelineEntries entries;
    private final ObjectMapper json;

    TimelineExportController(TimelineEntries entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @Operation(summary = "The timeline as TimelineJS's JSON, CSV or iCalendar (rounds)",
            description = "Every entry that matches the timeline's filters (at most limit, when given), as known now"
                    + " or at asOf; cursor is refused. ics holds the rounds scheduled and held, retracted ones as"
                    + " cancelled.")
    @ApiResponse(responseCode = "200", description = "the export", content = {
            @Content(mediaType = "application/json", schema = @Schema(type = "object")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))})
    @GetMapping("/api/timeline/export")
    ResponseEntity<StreamingResponseBody> export(TimelineRequest request,
            @Parameter(description = "timelinejs, csv or ics", required = true)
            @RequestParam(required = false) String format) {
        List<ParameterError> errors = new ArrayList<>();
        ExportFormat exportFormat = ExportFormat.parse(format, errors);
        TimelineQuery query = request.toExportQuery(errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        long max = request.limited() ? query.limit() : Long.MAX_VALUE;
        if (exportFormat == ExportFormat.ICS) {
            query = roundsOnly(query);
        }
        TimelineQuery asked = query;
        StreamingResponseBody body = out -> {
            EntryWriter writer = writer(exportFormat, out);
            entries.forEach(asked, max, entry -> writer.write(json.valueToTree(entry)));
            writer.finish();
        };
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(exportFormat.mediaType());
        if (exportFormat.fileName() != null) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(exportFormat.fileName()).build().toString());
        }
        return answer.body(body);
    }

    /** The round facts among the types asked for, retracted ones too: a calendar must learn that a round is off. */
    private static TimelineQuery roundsOnly(TimelineQuery query) {
        Set<String> types = query.types().isEmpty() ? IcsExport.ROUND_TYPES : query.types().stream()
                .filter(IcsExport.ROUND_TYPES::contains).collect(Collectors.toSet());
        // No round type asked for: a type no fact has, so the calendar is empty.
        return query.ofTypes(types.isEmpty() ? new String[] {"-"} : types.stream().sorted().toArray(String[]::new))
                .includingRetracted(true);
    }

    private EntryWriter writer(ExportFormat format, OutputStream out) throws java.io.IOException {
        return switch (format) {
            case TIMELINEJS -> new TimelineJsExport(out, json);
            case CSV -> new CsvExport(out);
            case ICS -> new IcsExport(out);
        };
    }
}
