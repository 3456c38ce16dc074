package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.idempotency.IdempotencyKey;
import io.diplomatictimeline.timeline.idempotency.IdempotentRequests;
import io.diplomatictimeline.timeline.identity.TimeOrderedIds;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/events")
class FactController {

    private final FactRequestReader reader;
    private final FactRecorder recorder;
    private final RecordedFacts recordedFacts;
    private final IdempotentRequests idempotent;

    FactController(FactRequestReader reader, FactRecorder recorder, RecordedFacts recordedFacts,
                   IdempotentRequests idempotent) {
        this.reader = reader;
        this.recorder = recorder;
        this.recordedFacts = recordedFacts;
        this.idempotent = idempotent;
    }

    /** The client is the authenticated token's name: writes never get here without one. */
    @ApiResponse(responseCode = "201", description = "recorded (or recorded before, by the same id and content)")
    @ApiResponse(responseCode = "409", description = "the id was used for another fact, or the fact conflicts with"
            + " its track's history")
    @ApiResponse(responseCode = "429", description = "too many writes from this client; Retry-After says when")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FactReceipt> record(@RequestBody FactRequest request, Principal client,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey) {
        FactReceipt receipt;
        if (idempotencyKey == null) {
            receipt = recorder.record(reader.read(request, TimeOrderedIds::next));
        } else {
            IdempotencyKey key = IdempotencyKey.parse(idempotencyKey);
            RecordableFact fact = reader.read(request, () -> key.factIdFor(client.getName()));
            receipt = idempotent.once(client.getName(), key, fact.fingerprint(), fact.id(), () -> recorder.record(fact));
        }
        return ResponseEntity.created(URI.create("/api/events/" + receipt.id())).body(receipt);
    }

    @GetMapping("/{id}")
    ResponseEntity<FactReading> recorded(@PathVariable UUID id) {
        return ResponseEntity.of(recordedFacts.find(id));
    }
}
