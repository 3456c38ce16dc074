package io.diplomatictimeline.timeline.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem straight into the servlet response, for refusals made by filters (authentication, rate and
 * size limits) before any controller or exception handler is reached.
 */
@Component
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            instance(request).ifPresent(problem::setInstance);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The path that was refused; a path that is not a valid URI is left out rather than failing the answer. */
    private static Optional<URI> instance(HttpServletRequest request) {
        try {
            return Optional.of(new URI(request.getRequestURI()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
