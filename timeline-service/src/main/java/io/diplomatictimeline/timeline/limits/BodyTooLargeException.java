package io.diplomatictimeline.timeline.limits;

import java.io.IOException;

/**
 * A request body that grew past the limit while being read (a chunked body declares no length up front). An
 * IOException, so that it surfaces through whatever was reading the body, and is answered 413.
 */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
