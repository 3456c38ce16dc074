package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.projection.readmodel.AsOf;
import java.time.LocalDate;
import java.util.List;

/**
 * Which entries a reader asks for. Every filter is optional (null or empty means "any"); an entry must match all of
 * those given.
 *
 * @param from    the first day of the period asked for: entries whose period ends before it are left out
 * @param to      the last day of the period asked for: entries whose period starts after it are left out
 * @param actor   an actor id or name: entries that mention that person, among the actors, as the speaker or as the
 *                head of a delegation
 * @param country an ISO country code, uppercase: entries where a person of that country appears, a delegation of it
 *                takes part, or that took place in it
 * @param topic   entries with that topic, or with an agenda item on it
 * @param text    entries whose title, summary or quotes contain it, whatever the case
 * @param after   the cursor of the previous page, or null for the first page
 * @param asOf    the knowledge to answer from: the current one, or the one held at a past instant
 * @param includeRetracted whether retracted facts are shown too (with status retracted), or left out
 * @param corroboration entries whose corroboration was at that level (single-source, corroborated, contested) at
 *                the moment answered for
 */
public record TimelineQuery(
        String track,
        List<String> types,
        LocalDate from,
        LocalDate to,
        String actor,
        String country,
        String topic,
        String text,
        int limit,
        TimelineCursor after,
        AsOf asOf,
        boolean includeRetracted,
        String corroboration) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public TimelineQuery {
        types = types == null ? List.of() : List.copyOf(types);
        asOf = asOf == null ? AsOf.now() : asOf;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** A query at whatever level of corroboration. */
    public TimelineQuery(String track, List<String> types, LocalDate from, LocalDate to, String actor, String country,
                         String topic, String text, int limit, TimelineCursor after, AsOf asOf,
                         boolean includeRetracted) {
        this(track, types, from, to, actor, country, topic, text, limit, after, asOf, includeRetracted, null);
    }

    /** The first page of every track's entries. */
    public static TimelineQuery everything() {
        return new TimelineQuery(null, List.of(), null, null, null, null, null, null, DEFAULT_LIMIT, null, AsOf.now(),
                false);
    }

    public TimelineQuery corroborated(String level) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, level);
    }

    public TimelineQuery onTrack(String track) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery ofTypes(String... types) {
        return new TimelineQuery(track, List.of(types), from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery from(LocalDate from) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery to(LocalDate to) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery withActor(String actor) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery inCountry(String country) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery onTopic(String topic) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery containing(String text) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery limit(int limit) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery after(TimelineCursor after) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery asOf(AsOf asOf) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }

    public TimelineQuery includingRetracted(boolean includeRetracted) {
        return new TimelineQuery(track, types, from, to, actor, country, topic, text, limit, after, asOf,
                includeRetracted, corroboration);
    }
}
