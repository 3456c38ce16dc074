package io.diplomatictimeline.timeline.recording;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.diplomatictimeline.timeline.correction.RevisionReceipt;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections and retractions of recorded facts (docs/corrections.md). Each answers 201 with the fact's new
 * version; its Location is the fact, which GET answers as it now reads.
 */
@RestController
@RequestMapping("/api/events/{id}")
class RevisionController {

    private final FactReviser reviser;

    RevisionController(FactReviser reviser) {
        this.reviser = reviser;
    }

    @ApiResponse(responseCode = "201", description = "the correction, recorded as the fact's next version")
    @ApiResponse(responseCode = "409", description = "the fact was retracted, or the corrected fact conflicts with"
            + " its track's history")
    @ApiResponse(responseCode = "429", description = "too many writes from this client")
    @PostMapping(path = "/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RevisionReceipt> correct(@PathVariable UUID id, @RequestBody CorrectionRequest request) {
        return created(reviser.correct(id, request));
    }

    @ApiResponse(responseCode = "201", description = "the retraction, recorded")
    @ApiResponse(responseCode = "409", description = "the fact was retracted already")
    @ApiResponse(responseCode = "429", description = "too many writes from this client")
    @PostMapping(path = "/retraction", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RevisionReceipt> retract(@PathVariable UUID id, @RequestBody RetractionRequest request) {
        return created(reviser.retract(id, request));
    }

    private static ResponseEntity<RevisionReceipt> created(RevisionReceipt receipt) {
        return ResponseEntity.created(URI.create("/api/events/" + receipt.id())).body(receipt);
    }
}
