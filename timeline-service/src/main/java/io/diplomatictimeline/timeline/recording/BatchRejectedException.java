package io.diplomatictimeline.timeline.recording;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A batch of which nothing was stored: every problem found, each naming its item and field. */
class BatchRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<BatchProblem> problems;

    BatchRejectedException(HttpStatus status, String title, List<BatchProblem> problems) {
        super(title + ": " + problems.size() + " problem(s)");
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    List<BatchProblem> problems() {
        return problems;
    }
}
