package io.diplomatictimeline.projection.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.Change;
import io.diplomatictimeline.projection.readmodel.LoggedChange;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of the feed: a fact recorded, corrected or retracted.
 *
 * @param type   the vocabulary type of the fact changed
 * @param reason why it was corrected or retracted; left out for a fact as first recorded
 * @param source who reported the correction or retraction; left out likewise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeView(UUID eventId, Change change, UUID factId, String track, String type, int version,
                  Instant recordedAt, String reason, JsonNode source) {

    static ChangeView of(LoggedChange change) {
        return new ChangeView(change.eventId(), change.change(), change.factId(), change.track(), change.factType(),
                change.version(), change.recordedAt(), change.reason(), change.source());
    }
}
