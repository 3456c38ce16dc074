package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.corroboration.SourceReceipt;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sources added to recorded facts (docs/vocabulary.md, "Corroboration"). Answers 201 with the addition; the same
 * source again is answered the same way and adds nothing.
 */
@RestController
class SourceController {

    private final SourceAdder adder;

    SourceController(SourceAdder adder) {
        this.adder = adder;
    }

    @PostMapping(path = "/api/events/{id}/sources", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SourceReceipt> add(@PathVariable UUID id, @RequestBody SourceRequest request) {
        SourceReceipt receipt = adder.add(id, request);
        return ResponseEntity.created(URI.create("/api/events/" + receipt.id())).body(receipt);
    }
}
