package io.diplomatictimeline.projection.statements;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.InvalidParametersException;
import io.diplomatictimeline.projection.web.ParameterError;
import io.diplomatictimeline.projection.web.QueryParameters;
import io.diplomatictimeline.projection.web.TrackParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The query string of {@code GET /api/statements}, as sent; every parameter at fault is reported at once. */
@QueryParameters
record StatementsRequest(String speaker, String about, String track, String asOf) {

    static final int MAX_SPEAKER_LENGTH = 255;

    StatementQuery toQuery() {
        List<ParameterError> errors = new ArrayList<>();
        if (speaker != null && (speaker.isBlank() || speaker.strip().length() > MAX_SPEAKER_LENGTH)) {
            errors.add(new ParameterError("speaker",
                    "must be an actor id (alexander-darchiev) or name of at most " + MAX_SPEAKER_LENGTH
                            + " characters"));
        }
        UUID aboutFactId = null;
        if (about != null) {
            try {
                aboutFactId = UUID.fromString(about.strip());
            } catch (IllegalArgumentException notAUuid) {
                errors.add(new ParameterError("about", "must be the id of a fact (a UUID), was '" + about + "'"));
            }
        }
        TrackParameter.check(track, errors);
        AsOf knowledge = AsOfParameter.parse(asOf, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new StatementQuery(speaker == null ? null : speaker.strip(), aboutFactId, track, knowledge);
    }
}
