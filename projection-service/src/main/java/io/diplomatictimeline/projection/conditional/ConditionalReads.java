package io.diplomatictimeline.projection.conditional;

import io.diplomatictimeline.projection.readmodel.ReadModelVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ETags and 304s for every read-model answer (GET and HEAD under /api/, but for the live stream and admin actions),
 * without running the answer's query: the tag is the read models' version ({@link ReadModelVersion}) with a hash of
 * what was asked and of today's date. A client that sends it back in If-None-Match gets 304 while nothing the read
 * models hold has changed since, and the day has not; any commit makes every tag stale, which costs its holder one
 * full answer, never a wrong one.
 *
 * <p>The version is read before the answer's query runs: a commit during the query makes the tag stale at once, so
 * an answer is never tagged as newer than it is. Answers that count days up to today change at midnight, hence the
 * date. Tags are weak: the same answer gzipped or not carries the same one.
 */
@Component
class ConditionalReads extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "no-cache";
    private static final HexFormat HEX = HexFormat.of();

    private final ReadModelVersion version;
    private final Clock clock;

    ConditionalReads(ReadModelVersion version, Clock clock) {
        this.version = version;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !path.startsWith("/api/")
                || path.startsWith("/api/admin/")
                || path.equals("/api/timeline/stream");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tag = tagOf(request);
        List<ETag> asked = Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)).stream()
                .flatMap(header -> ETag.parse(header).stream()).toList();
        ETag current = ETag.create(tag);
        if (asked.stream().anyMatch(etag -> !etag.isWildcard() && etag.compare(current, false))) {
            notModified(response, tag);
            return;
        }
        boolean anyAnswer = asked.stream().anyMatch(ETag::isWildcard);
        TaggedResponse tagged = new TaggedResponse(response, tag, anyAnswer);
        chain.doFilter(request, tagged);
        tagged.tagIfSuccessful();
    }

    /** {@code W/"<version>-<16 hex digits of SHA-256 of uri?query@today>"}. */
    String tagOf(HttpServletRequest request) {
        String query = request.getQueryString();
        String asked = request.getRequestURI() + (query == null ? "" : "?" + query) + "@" + LocalDate.now(clock);
        byte[] hash = sha256().digest(asked.getBytes(StandardCharsets.UTF_8));
        return "W/\"" + version.current() + "-" + HEX.formatHex(hash, 0, 8) + "\"";
    }

    static void notModified(HttpServletResponse response, String tag) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
