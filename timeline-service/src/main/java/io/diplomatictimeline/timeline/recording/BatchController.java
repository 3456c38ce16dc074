package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.idempotency.IdempotencyKey;
import io.diplomatictimeline.timeline.limits.LimitsProperties;
import io.diplomatictimeline.timeline.problem.Problems;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/events:batch: up to 1000 facts at once, each exactly a POST /api/events body, as a JSON array or NDJSON.
 * All or nothing: either every fact is recorded (or was already, by the same id and content) and the answer is 201
 * with every receipt in request order, or nothing is stored and the problem lists every item found at fault.
 */
@RestController
class BatchController {

    private final BatchReader reader;
    private final BatchRecorder recorder;

    BatchController(BatchReader reader, BatchRecorder recorder) {
        this.reader = reader;
        this.recorder = recorder;
    }

    @ApiResponse(responseCode = "201", description = "every fact recorded, the receipts in request order")
    @ApiResponse(responseCode = "409", description = "a fact conflicts with its track's history: nothing is stored")
    @ApiResponse(responseCode = "429", description = "too many writes from this client")
    @PostMapping(path = LimitsProperties.Batch.PATH,
            consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE})
    ResponseEntity<BatchReceipts> record(@RequestBody byte[] body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey) {
        if (idempotencyKey != null) {
            throw new BatchRejectedException(HttpStatus.BAD_REQUEST, "Idempotency-Key not taken here",
                    List.of(new BatchProblem(null, IdempotencyKey.HEADER,
                            "is not taken by batches: give each fact an id, and a retry with the same ids stores nothing twice")));
        }
        ReadBatch batch = reader.read(body, MediaType.APPLICATION_NDJSON.isCompatibleWith(contentType));
        if (!batch.problems().isEmpty()) {
            throw new BatchRejectedException(HttpStatus.BAD_REQUEST, "Invalid facts in the batch", batch.problems());
        }
        List<FactReceipt> receipts = recorder.record(batch.items());
        return ResponseEntity.status(HttpStatus.CREATED).body(new BatchReceipts(receipts.size(), receipts));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(BatchRejectedException e) {
        List<BatchProblem> problems = e.problems().stream()
                .sorted(Comparator.comparing(BatchProblem::index, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        BatchProblem first = problems.get(0);
        String detail = problems.size() == 1
                ? (first.index() == null ? "" : "item " + first.index() + ", ") + first.field() + ": " + first.message()
                : problems.size() + " problems in the batch; nothing of it was stored";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), detail);
        problem.setTitle(e.title());
        problem.setProperty(Problems.ERRORS, problems);
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** What a recorded batch is answered with: how many facts, and the receipt of each in request order. */
    record BatchReceipts(int accepted, List<FactReceipt> receipts) {
    }
}
