package io.diplomatictimeline.timeline.security;

import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.problem.ProblemResponses;
import io.diplomatictimeline.timeline.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A valid token without the scope the request needs: 403 with Spring's insufficient_scope WWW-Authenticate
 * header, and a problem body naming the missing scope.
 */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
    private final ProblemResponses problems;
    private final Function<HttpServletRequest, String> requiredScope;

    ProblemAccessDeniedHandler(ProblemResponses problems, Function<HttpServletRequest, String> requiredScope) {
        this.problems = problems;
        this.requiredScope = requiredScope;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        bearer.handle(request, response, e);
        String message = "lacks the scope " + requiredScope.apply(request) + " that this request needs";
        problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "Insufficient scope",
                List.of(new FieldProblem("Authorization", message))));
    }
}
