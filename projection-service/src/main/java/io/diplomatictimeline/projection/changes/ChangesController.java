package io.diplomatictimeline.projection.changes;

import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.readmodel.LoggedChange;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed: every fact recorded, corrected or retracted, in the order they were recorded (recordedAt, then
 * event id), page by page.
 */
@RestController
@RequestMapping("/api/changes")
class ChangesController {

    private final ChangeLog changeLog;

    ChangesController(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @GetMapping
    ChangeFeedPage changes(ChangesRequest request) {
        ChangeFeedQuery query = request.toQuery();
        List<LoggedChange> changes = changeLog.inRecordedOrder(query.since(),
                query.after() == null ? null : query.after().eventId(), query.limit());
        if (changes.isEmpty()) {
            return new ChangeFeedPage(List.of(), query.given());
        }
        LoggedChange last = changes.get(changes.size() - 1);
        return new ChangeFeedPage(changes.stream().map(ChangeView::of).toList(),
                new ChangeCursor(last.recordedAt(), last.eventId()).token());
    }
}
