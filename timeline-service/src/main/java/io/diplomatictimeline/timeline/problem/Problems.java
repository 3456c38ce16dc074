package io.diplomatictimeline.timeline.problem;

import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of every refusal (RFC 9457): a status, a title, a detail, and an "errors" list that names each
 * field (or header) at fault and the rule it broke, so a client can fix its request without reading logs.
 */
public final class Problems {

    public static final String ERRORS = "errors";

    public static ProblemDetail of(HttpStatusCode status, String title, List<FieldProblem> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields break their rules";
        return of(status, title, detail, errors);
    }

    public static ProblemDetail of(HttpStatusCode status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    private Problems() {
    }
}
