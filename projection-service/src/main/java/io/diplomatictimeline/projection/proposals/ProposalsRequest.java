package io.diplomatictimeline.projection.proposals;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.diplomatictimeline.projection.web.QueryParameters;
import io.diplomatictimeline.projection.web.TrackParameter;
import java.util.ArrayList;
import java.util.List;

/** The query string of {@code GET /api/proposals}, as sent; every parameter at fault is reported at once. */
@QueryParameters
record ProposalsRequest(String track, String asOf) {

    Query toQuery() {
        List<ParameterError> errors = new ArrayList<>();
        TrackParameter.check(track, errors);
        AsOf knowledge = AsOfParameter.parse(asOf, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new Query(track, knowledge);
    }

    /** @param track the track asked for, or null for every track */
    record Query(String track, AsOf asOf) {
    }
}
