package io.diplomatictimeline.projection.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Which entries a reader asks for. Every filter is optional (null or empty means "any").
 *
 * @param from  the first day of the period asked for: entries whose period ends before it are left out
 * @param to    the last day of the period asked for: entries whose period starts after it are left out
 * @param after the cursor of the previous page, or null for the first page
 */
public record TimelineQuery(
        String track,
        List<String> types,
        LocalDate from,
        LocalDate to,
        int limit,
        TimelineCursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public TimelineQuery {
        types = types == null ? List.of() : List.copyOf(types);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The first page of every track's entries. */
    public static TimelineQuery everything() {
        return new TimelineQuery(null, List.of(), null, null, DEFAULT_LIMIT, null);
    }

    public TimelineQuery onTrack(String track) {
        return new TimelineQuery(track, types, from, to, limit, after);
    }

    public TimelineQuery ofTypes(String... types) {
        return new TimelineQuery(track, List.of(types), from, to, limit, after);
    }

    public TimelineQuery from(LocalDate from) {
        return new TimelineQuery(track, types, from, to, limit, after);
    }

    public TimelineQuery to(LocalDate to) {
        return new TimelineQuery(track, types, from, to, limit, after);
    }

    public TimelineQuery limit(int limit) {
        return new TimelineQuery(track, types, from, to, limit, after);
    }

    public TimelineQuery after(TimelineCursor after) {
        return new TimelineQuery(track, types, from, to, limit, after);
    }
}
