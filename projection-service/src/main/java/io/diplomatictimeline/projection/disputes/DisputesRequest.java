package io.diplomatictimeline.projection.disputes;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.diplomatictimeline.projection.web.QueryParameters;
import io.diplomatictimeline.projection.web.TrackParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The query string of {@code GET /api/disputes}, as sent; every parameter at fault is reported at once. */
@QueryParameters
record DisputesRequest(String track, String status, String asOf) {

    private static final Set<String> STATUSES = Set.of(Dispute.OPEN, Dispute.RESOLVED);

    DisputeQuery toQuery() {
        List<ParameterError> errors = new ArrayList<>();
        TrackParameter.check(track, errors);
        if (status != null && !STATUSES.contains(status)) {
            errors.add(new ParameterError("status",
                    "must be " + Dispute.OPEN + " or " + Dispute.RESOLVED + ", was '" + status + "'"));
        }
        AsOf knowledge = AsOfParameter.parse(asOf, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new DisputeQuery(track, status, knowledge);
    }
}
