package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.diplomatictimeline.timeline.correction.NothingChangedException;
import io.diplomatictimeline.timeline.fact.FactRejectedException;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.idempotency.IdempotencyKey;
import io.diplomatictimeline.timeline.idempotency.IdempotencyKeyInFlightException;
import io.diplomatictimeline.timeline.idempotency.IdempotencyKeyReusedException;
import io.diplomatictimeline.timeline.idempotency.InvalidIdempotencyKeyException;
import io.diplomatictimeline.timeline.limits.BodyTooLargeException;
import io.diplomatictimeline.timeline.limits.RequestBodyLimitFilter;
import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.problem.Problems;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal as RFC 9457 problem+json, with an "errors" list naming each field at fault and its rule.
 * Spring's base class answers the protocol errors (415, 405, ...); {@link #handleExceptionInternal} adds the
 * "errors" list to those too.
 */
@RestControllerAdvice
class FactProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FactProblems.class);

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidFactRequestException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid fact", e.getMessage(), e.problems());
    }

    @ExceptionHandler
    ProblemDetail rejected(FactRejectedException e) {
        boolean conflict = e instanceof HistoryConflictException;
        return Problems.of(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                conflict ? "Conflicts with recorded history"
                        : e instanceof NothingChangedException ? "Correction changes nothing" : "Impossible fact",
                e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail unknownFact(UnknownFactException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Unknown fact", e.getMessage(),
                List.of(new FieldProblem("id", e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail idReused(IdReusedException e) {
        return Problems.of(HttpStatus.CONFLICT, "Id already used", e.getMessage(),
                List.of(new FieldProblem("id", e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail invalidIdempotencyKey(InvalidIdempotencyKeyException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                List.of(new FieldProblem(IdempotencyKey.HEADER, e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                List.of(new FieldProblem(IdempotencyKey.HEADER, e.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> idempotencyKeyInFlight(IdempotencyKeyInFlightException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.CONFLICT, "Request in flight",
                        List.of(new FieldProblem(IdempotencyKey.HEADER, e.getMessage()))));
    }

    /** The last resort, so that even a failure nobody foresaw is answered in the one problem shape. */
    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Request failed unexpectedly", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the request could not be completed; nothing of it was stored",
                List.of(new FieldProblem("body", "could not be processed because of an internal error")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(RequestBodyLimitFilter.tooLarge(tooLarge.limit()));
        }
        FieldProblem problem = cause instanceof JsonProcessingException json
                ? JsonProblems.of(json, "")
                : new FieldProblem("body", cause == null ? "must be a JSON object" : "cannot be read: " + cause.getMessage());
        return ResponseEntity.badRequest().body(
                Problems.of(HttpStatus.BAD_REQUEST, "Unreadable request body", problem.message(), List.of(problem)));
    }

    /** Spring's own problems (415, 405, 406, 404, a bad path variable...) get the "errors" list every client reads. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.ERRORS))) {
            problem.setProperty(Problems.ERRORS, List.of(fieldOf(e, problem)));
        }
        return response;
    }

    private static FieldProblem fieldOf(Exception e, ProblemDetail problem) {
        String detail = problem.getDetail() != null ? problem.getDetail() : problem.getTitle();
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return new FieldProblem(HttpHeaders.CONTENT_TYPE, detail);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new FieldProblem(HttpHeaders.ACCEPT, detail);
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return new FieldProblem("method", detail);
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return new FieldProblem(missing.getHeaderName(), detail);
        }
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return new FieldProblem(mismatch.getPropertyName(), "must be a valid "
                    + (mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName()));
        }
        if (e instanceof NoResourceFoundException) {
            return new FieldProblem("path", "names nothing this service serves");
        }
        return new FieldProblem("request", detail);
    }
}
