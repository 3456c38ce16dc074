package io.diplomatictimeline.timeline.limits;

import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.problem.ProblemResponses;
import io.diplomatictimeline.timeline.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a write with 429 and Retry-After once its client has used up its allowance. It sits in the security
 * filter chain after authentication, so a client is known by its token's name, and before anything reads the body.
 */
public final class WriteRateLimitFilter extends OncePerRequestFilter {

    /** Tells a client how many writes it has left right now. */
    public static final String REMAINING = "X-RateLimit-Remaining";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final WriteRateLimiter limiter;
    private final ProblemResponses problems;

    public WriteRateLimitFilter(WriteRateLimiter limiter, ProblemResponses problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limiter.enabled() || READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WriteRateLimiter.Outcome outcome = limiter.tryWrite(client(), request.getRemoteAddr());
        response.setHeader(REMAINING, Long.toString(outcome.remaining()));
        if (outcome.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(outcome.retryAfterSeconds()));
        problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many writes",
                List.of(new FieldProblem("client", outcome.who() + " may make " + outcome.allowance()
                        + "; retry after " + outcome.retryAfterSeconds() + " s"))));
    }

    private static String client() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getName();
    }
}
