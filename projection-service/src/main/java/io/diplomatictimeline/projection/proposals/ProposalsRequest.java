package io.diplomatictimeline.projection.proposals;

import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.diplomatictimeline.projection.web.TrackParameter;
import java.util.ArrayList;
import java.util.List;

/** The query string of {@code GET /api/proposals}, as sent. */
record ProposalsRequest(String track) {

    /** @return the track asked for, or null for every track */
    String toTrack() {
        List<ParameterError> errors = new ArrayList<>();
        TrackParameter.check(track, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return track;
    }
}
