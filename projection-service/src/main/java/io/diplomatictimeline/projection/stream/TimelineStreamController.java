package io.diplomatictimeline.projection.stream;

import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import io.diplomatictimeline.projection.timeline.TimelineRequest;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The timeline's changes as Server-Sent Events, as they are applied, resumable with Last-Event-ID. */
@RestController
class TimelineStreamController {

    static final String PATH = "/api/timeline/stream";
    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final LiveStreams streams;
    private final ChangeLog changeLog;

    TimelineStreamController(LiveStreams streams, ChangeLog changeLog) {
        this.streams = streams;
        this.changeLog = changeLog;
    }

    @Operation(summary = "Every change of the timeline as it is applied (Server-Sent Events)",
            description = "event: created, corrected or retracted; id: the resume token; data: the entry as"
                    + " /api/timeline serves it. Takes the timeline's filters; limit, cursor, asOf and"
                    + " includeRetracted are refused. Comments keep an idle stream open.")
    @ApiResponse(responseCode = "200", description = "the stream, open until the client leaves",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @GetMapping(PATH)
    void stream(TimelineRequest request,
                @Parameter(description = "the id of the last event received: the changes after it are sent first")
                @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId,
                HttpServletRequest httpRequest, HttpServletResponse response) throws IOException {
        var filters = request.toLiveQuery();
        long position = lastEventId == null ? changeLog.lastPosition() : resumeFrom(lastEventId);
        streams.reserve();
        try {
            startStream(filters, position, httpRequest, response);
        } catch (IOException | RuntimeException notOpened) {
            streams.release();
            throw notOpened;
        }
    }

    private void startStream(TimelineQuery filters, long position, HttpServletRequest httpRequest,
                             HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        // Tells a proxy such as nginx not to hold the events back in its buffer.
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = httpRequest.startAsync();
        streams.open(async, filters, position);
    }

    /**
     * A token is a position of the change log. One the log no longer reaches back to (a replay numbered every change
     * again) or has not reached is refused, as is one that is not a position: the client starts afresh.
     */
    private long resumeFrom(String token) {
        long position;
        try {
            position = Long.parseLong(token.strip());
        } catch (NumberFormatException notANumber) {
            throw refused("is not an event id of this stream, was '" + token + "'");
        }
        long last = changeLog.lastPosition();
        Optional<Long> first = changeLog.firstPosition();
        if (position > last || position < first.orElse(last + 1) - 1) {
            throw refused("names no change this service keeps (" + token + "): it is older than anything kept,"
                    + " or from another deployment; connect without it and read the timeline again");
        }
        return position;
    }

    private static InvalidParametersException refused(String message) {
        return new InvalidParametersException(List.of(new ParameterError(LAST_EVENT_ID, message)));
    }
}
