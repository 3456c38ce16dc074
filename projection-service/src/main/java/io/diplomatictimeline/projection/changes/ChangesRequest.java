package io.diplomatictimeline.projection.changes;

import io.diplomatictimeline.projection.web.Instants;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.diplomatictimeline.projection.web.QueryParameters;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The query string of {@code GET /api/changes}, as sent; every parameter at fault is reported at once. */
@QueryParameters
record ChangesRequest(String since, String limit) {

    ChangeFeedQuery toQuery() {
        List<ParameterError> errors = new ArrayList<>();
        int pageSize = limit(errors);
        ChangeFeedQuery query = null;
        if (since == null) {
            query = new ChangeFeedQuery(null, null, null, pageSize);
        } else {
            Optional<ChangeCursor> cursor = ChangeCursor.parse(since);
            if (cursor.isPresent()) {
                query = new ChangeFeedQuery(cursor.get().recordedAt(), cursor.get(), since, pageSize);
            } else {
                try {
                    query = new ChangeFeedQuery(Instants.parse(since.strip()), null, since, pageSize);
                } catch (DateTimeParseException notAnInstant) {
                    errors.add(new ParameterError("since", "must be an ISO-8601 instant such as"
                            + " 2025-04-10T12:00:00Z, or a nextCursor given by this API, was '" + since + "'"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return query;
    }

    private int limit(List<ParameterError> errors) {
        if (limit == null) {
            return ChangeFeedQuery.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= ChangeFeedQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as for a number out of range
        }
        errors.add(new ParameterError("limit",
                "must be a whole number from 1 to " + ChangeFeedQuery.MAX_LIMIT + ", was '" + limit + "'"));
        return ChangeFeedQuery.DEFAULT_LIMIT;
    }
}
