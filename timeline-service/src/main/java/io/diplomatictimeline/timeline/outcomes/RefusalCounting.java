package io.diplomatictimeline.timeline.outcomes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Counts every write under /api/events that is answered with a 4xx or 5xx, by reason. It wraps everything else,
 * security and the limits included, so it sees refusals made by filters (401, 403, 413, 429) as well as those of the
 * controllers, whose exception Spring MVC leaves in the request when a handler answered it.
 */
final class RefusalCounting extends OncePerRequestFilter {

    /** Refusals by the simple name of the exception a handler answered; anything else by its status. */
    private static final Map<String, String> BY_EXCEPTION = Map.ofEntries(
            Map.entry("InvalidFactRequestException", "invalid"),
            Map.entry("HistoryConflictException", "conflicts-with-history"),
            Map.entry("ImpossibleFactException", "impossible"),
            Map.entry("NothingChangedException", "changes-nothing"),
            Map.entry("UnknownFactException", "unknown-fact"),
            Map.entry("IdReusedException", "id-reused"),
            Map.entry("BatchRejectedException", "batch-rejected"),
            Map.entry("InvalidIdempotencyKeyException", "invalid-idempotency-key"),
            Map.entry("IdempotencyKeyReusedException", "idempotency-key-reused"),
            Map.entry("IdempotencyKeyInFlightException", "in-flight"),
            Map.entry("HttpMessageNotReadableException", "unreadable"),
            Map.entry("HttpMediaTypeNotSupportedException", "unsupported-media-type"));
    private static final Map<Integer, String> BY_STATUS = Map.of(401, "unauthenticated", 403, "forbidden",
            413, "too-large", 429, "rate-limited", 503, "unavailable");

    private final FactOutcomes outcomes;

    RefusalCounting(FactOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || !request.getRequestURI().startsWith("/api/events");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (status >= 400) {
                outcomes.refused(request, reason(request, status));
            }
        }
    }

    private static String reason(HttpServletRequest request, int status) {
        Object handled = request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
        String byException = handled == null ? null : BY_EXCEPTION.get(handled.getClass().getSimpleName());
        if (byException != null) {
            return byException;
        }
        return BY_STATUS.getOrDefault(status, status >= 500 ? "internal-error" : "other");
    }
}
