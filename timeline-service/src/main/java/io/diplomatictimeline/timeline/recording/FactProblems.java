package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.diplomatictimeline.timeline.fact.FactRejectedException;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as RFC 9457 problem+json, with an "errors" list naming each field at fault and its rule.
 * Spring's base class already answers the protocol errors (415, 405, ...) in the same form.
 */
@RestControllerAdvice
class FactProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidFactRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid fact", e.getMessage(), e.problems());
    }

    @ExceptionHandler
    ProblemDetail rejected(FactRejectedException e) {
        boolean conflict = e instanceof HistoryConflictException;
        return problem(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                conflict ? "Conflicts with recorded history" : "Impossible fact",
                e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail idReused(IdReusedException e) {
        return problem(HttpStatus.CONFLICT, "Id already used", e.getMessage(),
                List.of(new FieldProblem("id", e.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem problem = e.getCause() == null
                ? new FieldProblem("body", "a JSON object is required")
                : describe(e.getCause());
        return ResponseEntity.badRequest().body(
                problem(HttpStatus.BAD_REQUEST, "Unreadable request body", problem.message(), List.of(problem)));
    }

    private static FieldProblem describe(Throwable cause) {
        if (cause instanceof JsonParseException parse) {
            return new FieldProblem("body", "is not well-formed JSON: " + parse.getOriginalMessage()
                    + " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr());
        }
        if (cause instanceof JsonMappingException mapping) {
            return JsonProblems.of(mapping, "");
        }
        return new FieldProblem("body", "cannot be read: " + cause.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return problem;
    }
}
