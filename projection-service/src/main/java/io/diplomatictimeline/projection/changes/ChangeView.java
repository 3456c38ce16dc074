package io.diplomatictimeline.projection.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.Change;
import io.diplomatictimeline.projection.readmodel.LoggedChange;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of the feed: a fact recorded, corrected or retracted, or a source added to it.
 *
 * @param type   the vocabulary type of the fact changed
 * @param reason why it was corrected or retracted; left out for a fact as first recorded
 * @param source who reported the correction or retraction, or the source added; left out for a fact as first
 *               recorded
 * @param stance for a source added, whether it confirms or disputes the fact; left out otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeView(UUID eventId, Change change, UUID factId, String track, String type, int version,
                  Instant recordedAt, String reason, JsonNode source, String stance) {

    static ChangeView of(LoggedChange change) {
        return new ChangeView(change.eventId(), change.change(), change.factId(), change.track(), change.factType(),
                change.version(), change.recordedAt(), change.reason(), change.source(), change.stance());
    }
}
