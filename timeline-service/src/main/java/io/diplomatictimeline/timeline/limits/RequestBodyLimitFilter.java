package io.diplomatictimeline.timeline.limits;

import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.problem.ProblemResponses;
import io.diplomatictimeline.timeline.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body, by default to one limit, on some paths to their own. A declared Content-Length over the cap is refused before a byte is read; a body
 * without one (chunked) is counted as it is read, and reading past the cap fails with {@link
 * BodyTooLargeException}, which the exception handler answers 413. Either way nothing of it is stored.
 */
public final class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long defaultMaxBytes;
    private final Map<String, Long> maxBytesByPath;
    private final ProblemResponses problems;

    public RequestBodyLimitFilter(long maxBytes, ProblemResponses problems) {
        this(maxBytes, Map.of(), problems);
    }

    /** {@code maxBytesByPath}: exact request paths with their own limit; any other path has {@code maxBytes}. */
    public RequestBodyLimitFilter(long maxBytes, Map<String, Long> maxBytesByPath, ProblemResponses problems) {
        this.defaultMaxBytes = maxBytes;
        this.maxBytesByPath = Map.copyOf(maxBytesByPath);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytesFor(request);
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, tooLarge(maxBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    /** A path spelled in any other way (encoded, with parameters) gets the default, smaller, limit. */
    private long maxBytesFor(HttpServletRequest request) {
        return maxBytesByPath.getOrDefault(request.getRequestURI(), defaultMaxBytes);
    }

    public static ProblemDetail tooLarge(long maxBytes) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                List.of(new FieldProblem("body", "must be at most " + maxBytes + " bytes")));
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
