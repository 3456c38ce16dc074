package io.diplomatictimeline.projection.replay;

import io.diplomatictimeline.projection.consumption.FactStreamUnavailableException;
import io.diplomatictimeline.projection.consumption.RewindRefusedException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The replay, an admin action (scope timeline:admin, see the security package): POST starts it and answers 202 at
 * once, the rebuild going on in the background; GET says how far it is.
 */
@RestController
@RequestMapping("/api/admin/replay")
class ReplayController {

    private final Replay replay;

    ReplayController(Replay replay) {
        this.replay = replay;
    }

    @ApiResponse(responseCode = "202", description = "the replay started")
    @ApiResponse(responseCode = "409", description = "a replay is running, or the consumer group cannot be rewound")
    @ApiResponse(responseCode = "503", description = "Kafka or the database is unavailable; nothing was changed")
    @PostMapping
    ResponseEntity<ReplayStatus> start() {
        return ResponseEntity.accepted().body(replay.start());
    }

    @GetMapping
    ReplayStatus status() {
        return replay.status();
    }

    @ExceptionHandler({ReplayRunningException.class, RewindRefusedException.class})
    ProblemDetail refused(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Replay refused", e.getMessage());
    }

    @ExceptionHandler(FactStreamUnavailableException.class)
    ProblemDetail brokerUnavailable(FactStreamUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Kafka unavailable", "nothing was changed: " + e.getMessage());
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseUnavailable(DataAccessException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Read models not emptied",
                "nothing was replayed; consumption goes on, skipping the facts already applied");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
