package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.web.FactId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The timeline as readers query it (DESIGN.md §4): pages in time order, or one entry by id. */
@RestController
@RequestMapping("/api/timeline")
class TimelineController {

    private final TimelineEntries entries;
    private final TimelineDigests digests;

    TimelineController(TimelineEntries entries, TimelineDigests digests) {
        this.entries = entries;
        this.digests = digests;
    }

    @GetMapping
    TimelinePage timeline(TimelineRequest request) {
        return entries.find(request.toQuery());
    }

    /** One hash over every fact on the timeline, to compare with timeline-service's over its event store. */
    @GetMapping("/digest")
    TimelineDigest.Digest digest() {
        return digests.digest();
    }

    @GetMapping("/{id}")
    JsonNode entry(@PathVariable String id) {
        return FactId.parse(id).flatMap(entries::findById)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no timeline entry with id '" + id + "'"));
    }
}
