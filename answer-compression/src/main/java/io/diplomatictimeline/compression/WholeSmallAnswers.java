package io.diplomatictimeline.compression;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an answer in Tomcat's buffer until it ends or fills the buffer, so that Tomcat knows a small answer's length
 * and leaves it uncompressed (server.compression.min-response-size): Spring's message converters flush the body they
 * wrote, which commits the response chunked, of unknown length, and Tomcat then gzipped answers of a few bytes too.
 * Flushing is ignored; a full buffer still goes out as it fills. An event stream is flushed as asked: each event
 * must reach its client when written.
 */
public final class WholeSmallAnswers extends OncePerRequestFilter {

    private static final String EVENT_STREAM = "text/event-stream";

    /** An error page is an answer too: a 404 written by Boot's error controller is as small as any. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new UnflushedResponse(response));
    }

    private static final class UnflushedResponse extends HttpServletResponseWrapper {

        private ServletOutputStream body;
        private PrintWriter text;

        UnflushedResponse(HttpServletResponse response) {
            super(response);
        }

        boolean streams() {
            String type = getContentType();
            return type != null && type.startsWith(EVENT_STREAM);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (streams()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (body == null) {
                body = new UnflushedStream(super.getOutputStream(), this);
            }
            return body;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (text == null) {
                text = new PrintWriter(super.getWriter()) {
                    @Override
                    public void flush() {
                        if (streams()) {
                            super.flush();
                        }
                    }
                };
            }
            return text;
        }
    }

    private static final class UnflushedStream extends ServletOutputStream {

        private final ServletOutputStream out;
        private final UnflushedResponse response;

        UnflushedStream(ServletOutputStream out, UnflushedResponse response) {
            this.out = out;
            this.response = response;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (response.streams()) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
