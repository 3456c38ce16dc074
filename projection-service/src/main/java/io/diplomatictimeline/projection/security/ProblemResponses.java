package io.diplomatictimeline.projection.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.web.ParameterError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes a refusal of Spring Security's filters, which no controller or exception handler sees, in the one shape of
 * every refusal of this API: an RFC 9457 problem with an {@code errors} list naming what is at fault.
 */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String title,
               String message) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Authorization: " + message);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(new ParameterError("Authorization", message)));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
