package io.diplomatictimeline.projection.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request whose parameters cannot be answered. Spring renders it as an RFC 9457 problem with an {@code errors}
 * list naming every parameter at fault, so a client can fix them all at once.
 */
public class InvalidParametersException extends ErrorResponseException {

    public InvalidParametersException(List<ParameterError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(List<ParameterError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(ParameterError::toString).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request parameters");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
