package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.publication.FactDocument;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/events")
class FactController {

    private final FactRequestReader reader;
    private final FactRecorder recorder;
    private final RecordedFacts recordedFacts;

    FactController(FactRequestReader reader, FactRecorder recorder, RecordedFacts recordedFacts) {
        this.reader = reader;
        this.recorder = recorder;
        this.recordedFacts = recordedFacts;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FactReceipt> record(@RequestBody FactRequest request) {
        FactReceipt receipt = recorder.record(reader.read(request));
        return ResponseEntity.created(URI.create("/api/events/" + receipt.id())).body(receipt);
    }

    @GetMapping("/{id}")
    ResponseEntity<FactDocument> recorded(@PathVariable UUID id) {
        return ResponseEntity.of(recordedFacts.find(id));
    }
}
