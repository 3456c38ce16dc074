package io.diplomatictimeline.projection.changes;

import java.time.Instant;

/**
 * Which part of the change feed a reader asks for: from an instant on, or after a cursor, or from the start.
 *
 * @param since the first recording time to include, or null (with no cursor) for the first change ever
 * @param after the cursor of the previous page, or null
 * @param given the {@code since} parameter as sent, echoed as the next cursor of an empty page
 */
record ChangeFeedQuery(Instant since, ChangeCursor after, String given, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
}
