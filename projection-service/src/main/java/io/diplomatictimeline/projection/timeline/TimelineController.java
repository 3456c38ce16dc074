package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.FactId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The timeline as readers query it (DESIGN.md §4): pages in time order, or one entry by id, as known now or at a
 * past instant ({@code asOf}), and every version of a fact.
 */
@RestController
@RequestMapping("/api/timeline")
class TimelineController {

    private final TimelineEntries entries;
    private final TimelineDigests digests;
    private final FactHistories histories;

    TimelineController(TimelineEntries entries, TimelineDigests digests, FactHistories histories) {
        this.entries = entries;
        this.digests = digests;
        this.histories = histories;
    }

    @GetMapping
    TimelinePage timeline(TimelineRequest request) {
        return entries.find(request.toQuery());
    }

    /** One hash over every event applied, to compare with timeline-service's over its event store. */
    @GetMapping("/digest")
    TimelineDigest.Digest digest() {
        return digests.digest();
    }

    /** The entry as it reads now (or then): a retracted fact is answered too, with status retracted. */
    @GetMapping("/{id}")
    TimelineEntry entry(@PathVariable String id,
                        @RequestParam(name = AsOfParameter.NAME, required = false) String asOf) {
        AsOf knowledge = AsOfParameter.parse(asOf);
        return FactId.parse(id).flatMap(factId -> entries.findById(factId, knowledge))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no timeline entry with id '" + id + "'"
                                + knowledge.at().map(instant -> " as of " + instant).orElse("")));
    }

    @GetMapping("/{id}/history")
    FactHistory history(@PathVariable String id) {
        return FactId.parse(id).flatMap(histories::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no fact with id '" + id + "'"));
    }
}
