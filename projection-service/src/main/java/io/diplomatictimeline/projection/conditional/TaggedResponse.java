package io.diplomatictimeline.projection.conditional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * A response that takes its ETag and Cache-Control when its body begins, or when it ends without one: by then its
 * status is known, and only a 2xx answer is tagged (an error may be gone by the next request). When the client asked
 * for any current answer ({@code If-None-Match: *}), a 2xx becomes a 304 and its body goes nowhere.
 */
final class TaggedResponse extends HttpServletResponseWrapper {

    private final String tag;
    private final boolean notModifiedIfSuccessful;
    private boolean decided;
    private boolean bodyDropped;

    TaggedResponse(HttpServletResponse response, String tag, boolean notModifiedIfSuccessful) {
        super(response);
        this.tag = tag;
        this.notModifiedIfSuccessful = notModifiedIfSuccessful;
    }

    /** Tags a 2xx answer once, unless it has been sent already. */
    void tagIfSuccessful() {
        if (decided || isCommitted()) {
            decided = true;
            return;
        }
        decided = true;
        int status = getStatus();
        if (status < 200 || status > 299) {
            return;
        }
        if (notModifiedIfSuccessful) {
            bodyDropped = true;
            resetBuffer();
            setContentLengthLong(-1);
            ConditionalReads.notModified((HttpServletResponse) getResponse(), tag);
        } else {
            setHeader("ETag", tag);
            setHeader("Cache-Control", ConditionalReads.CACHE_CONTROL);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        tagIfSuccessful();
        return bodyDropped ? Discarded.STREAM : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        tagIfSuccessful();
        return bodyDropped ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        tagIfSuccessful();
        super.flushBuffer();
    }

    /** Where the body of a 2xx turned 304 goes. */
    private static final class Discarded extends ServletOutputStream {

        static final Discarded STREAM = new Discarded();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("the body of a 304 is not written");
        }
    }
}
