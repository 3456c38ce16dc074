package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.projection.corroboration.Corroboration;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.DateParameter;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.diplomatictimeline.projection.web.QueryParameters;
import io.diplomatictimeline.projection.web.TrackParameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query string of {@code GET /api/timeline}, as sent. Every parameter arrives as text, so that a wrong one is
 * reported by name with the rule it breaks, all of them at once, rather than as a conversion failure. The live stream
 * and the exports take it too, so every filter of the timeline is theirs as well.
 */
@QueryParameters
public record TimelineRequest(String track, List<String> type, String from, String to, String actor, String country,
                       String topic, String q, String limit, String cursor, String asOf,
                       String includeRetracted, String corroboration) {

    /** The longest actor name or id, and search text, worth looking for. */
    static final int MAX_ACTOR_LENGTH = 255;
    static final int MAX_Q_LENGTH = 200;

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,64}");

    public TimelineQuery toQuery() {
        return toQuery(new ArrayList<>(), Set.of());
    }

    /** For the live stream: the filters only; a page, a past instant and retracted entries mean nothing there. */
    public TimelineQuery toLiveQuery() {
        List<ParameterError> errors = new ArrayList<>();
        String live = "is not taken by the live stream, which sends every change as it is applied";
        notTaken("limit", limit, live, errors);
        notTaken("cursor", cursor, live, errors);
        notTaken(AsOfParameter.NAME, asOf, live + " (resume with the Last-Event-ID header)", errors);
        notTaken("includeRetracted", includeRetracted, live + ", retractions among them", errors);
        return toQuery(errors, Set.of("limit", "cursor", AsOfParameter.NAME, "includeRetracted"));
    }

    /**
     * For an export: every entry that matches, or the first {@code limit} of them when it is given; the query's
     * errors are added to those already found.
     */
    public TimelineQuery toExportQuery(List<ParameterError> errors) {
        notTaken("cursor", cursor, "is not taken by exports, which hold every entry that matches", errors);
        return toQuery(errors, Set.of("cursor"));
    }

    /** Whether {@code limit} was given. */
    public boolean limited() {
        return limit != null;
    }

    private static void notTaken(String name, String value, String why, List<ParameterError> errors) {
        if (value != null) {
            errors.add(new ParameterError(name, why));
        }
    }

    /** @param refused parameters refused already: not read, so that each is reported once */
    private TimelineQuery toQuery(List<ParameterError> errors, Set<String> refused) {
        TrackParameter.check(track, errors);
        LocalDate fromDay = DateParameter.from(from, errors);
        LocalDate toDay = DateParameter.to(to, errors);
        DateParameter.checkOrder(fromDay, toDay, from, to, errors);
        text("actor", actor, MAX_ACTOR_LENGTH, "an actor id (alexander-darchiev) or name", errors);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            errors.add(new ParameterError("country",
                    "must be an ISO 3166-1 alpha-2 country code such as RU, was '" + country + "'"));
        }
        if (topic != null && !TOPIC.matcher(topic).matches()) {
            errors.add(new ParameterError("topic",
                    "must be a topic's lowercase slug of 1 to 64 letters, digits or '-', was '" + topic + "'"));
        }
        text("q", q, MAX_Q_LENGTH, "the text to search for", errors);
        int pageSize = refused.contains("limit") ? TimelineQuery.DEFAULT_LIMIT : limit(errors);
        TimelineCursor after = refused.contains("cursor") ? null : cursor(errors);
        AsOf knowledge = refused.contains(AsOfParameter.NAME) ? AsOf.now() : AsOfParameter.parse(asOf, errors);
        boolean retractedToo = !refused.contains("includeRetracted") && includeRetracted(errors);
        if (corroboration != null && !Corroboration.LEVELS.contains(corroboration)) {
            errors.add(new ParameterError("corroboration", "must be one of " + String.join(", ", Corroboration.LEVELS)
                    + ", was '" + corroboration + "'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        List<String> types = type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).toList();
        return new TimelineQuery(track, types, fromDay, toDay, strip(actor),
                country == null ? null : country.toUpperCase(Locale.ROOT), topic, strip(q), pageSize, after, knowledge,
                retractedToo, corroboration);
    }

    private static void text(String name, String text, int maxLength, String what, List<ParameterError> errors) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            errors.add(new ParameterError(name, "must not be blank: leave it out, or give " + what));
        } else if (text.strip().length() > maxLength) {
            errors.add(new ParameterError(name, "must be at most " + maxLength + " characters long"));
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private int limit(List<ParameterError> errors) {
        if (limit == null) {
            return TimelineQuery.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= TimelineQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as for a number out of range
        }
        errors.add(new ParameterError("limit",
                "must be a whole number from 1 to " + TimelineQuery.MAX_LIMIT + ", was '" + limit + "'"));
        return TimelineQuery.DEFAULT_LIMIT;
    }

    private boolean includeRetracted(List<ParameterError> errors) {
        if (includeRetracted == null || includeRetracted.equals("false")) {
            return false;
        }
        if (includeRetracted.equals("true")) {
            return true;
        }
        errors.add(new ParameterError("includeRetracted", "must be true or false, was '" + includeRetracted + "'"));
        return false;
    }

    private TimelineCursor cursor(List<ParameterError> errors) {
        if (cursor == null) {
            return null;
        }
        return TimelineCursor.parse(cursor).orElseGet(() -> {
            errors.add(new ParameterError("cursor", "is not a nextCursor given by this API"));
            return null;
        });
    }
}
