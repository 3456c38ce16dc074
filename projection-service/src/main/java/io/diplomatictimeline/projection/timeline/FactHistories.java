package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.Change;
import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.readmodel.LoggedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A fact's history, told from the change log: each event's data says how the fact read after it. */
@Component
class FactHistories {

    private final ChangeLog changeLog;
    private final ObjectMapper json;

    FactHistories(ChangeLog changeLog, ObjectMapper json) {
        this.changeLog = changeLog;
        this.json = json;
    }

    /** Empty when the fact is not known. */
    Optional<FactHistory> of(UUID factId) {
        List<LoggedChange> events = changeLog.history(factId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<FactHistory.Version> versions = new ArrayList<>();
        JsonNode fact = null;
        for (LoggedChange event : events) {
            JsonNode data = parse(event.data());
            JsonNode changes = null;
            if (event.change() == Change.CREATED) {
                fact = data;
            } else if (event.change() == Change.CORRECTED) {
                fact = data.get("fact");
                changes = data.get("changes");
            }
            versions.add(new FactHistory.Version(event.version(), event.change(), event.eventId(),
                    event.recordedAt(), event.reason(), event.source(), changes, fact, event.stance()));
        }
        LoggedChange last = events.get(events.size() - 1);
        return Optional.of(new FactHistory(factId, last.track(), last.factType(),
                last.change() == Change.RETRACTED ? TimelineEntry.RETRACTED : TimelineEntry.CURRENT, versions));
    }

    private JsonNode parse(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored data of an event is not JSON", e);
        }
    }
}
