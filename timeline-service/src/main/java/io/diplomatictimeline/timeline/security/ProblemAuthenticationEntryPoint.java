package io.diplomatictimeline.timeline.security;

import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.problem.ProblemResponses;
import io.diplomatictimeline.timeline.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;

/**
 * A write without a usable bearer token: Spring's own entry point sets the status and the RFC 6750
 * WWW-Authenticate header (401, or 400 for a malformed Authorization header); this adds the problem body.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        String message = e instanceof OAuth2AuthenticationException oauth
                ? "is not a valid bearer token: " + describe(oauth)
                : "must carry a bearer token (Authorization: Bearer <token>) to record facts";
        problems.write(request, response, Problems.of(HttpStatus.valueOf(response.getStatus()),
                "Authentication required", List.of(new FieldProblem("Authorization", message))));
    }

    private static String describe(OAuth2AuthenticationException e) {
        String description = e.getError().getDescription();
        return description != null ? description : e.getError().getErrorCode();
    }
}
