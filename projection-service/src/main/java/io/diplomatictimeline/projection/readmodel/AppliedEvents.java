package io.diplomatictimeline.projection.readmodel;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ids of the events already applied: Kafka delivers at least once, the read models change at most once. */
@Repository
class AppliedEvents {

    /** Few enough ids per query to stay under any database's limit on bind parameters. */
    private static final int CHUNK = 500;
    private static final String MARK = """
            insert into applied_event (event_id, applied_at) values (:eventId, current_timestamp)""";

    private final JdbcClient jdbc;

    AppliedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these events were applied before, in one query per few hundred. */
    Set<String> appliedAmong(Collection<String> eventIds) {
        List<String> ids = List.copyOf(eventIds);
        Set<String> applied = new HashSet<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            applied.addAll(jdbc.sql("select event_id from applied_event where event_id in (:ids)")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .query(String.class)
                    .list());
        }
        return applied;
    }

    /**
     * Records that the event is being applied, with the rows that apply it, in their transaction. The event id is the
     * key of the table: should another consumer have applied it meanwhile (two instances over one partition during a
     * rebalance), writing it fails and the whole transaction with it, and the retry finds it applied.
     */
    void markApplied(String eventId, PendingRows rows) {
        rows.add(MARK, new MapSqlParameterSource("eventId", eventId));
    }

    long count() {
        return jdbc.sql("select count(*) from applied_event").query(Long.class).single();
    }

    void forgetEverything() {
        jdbc.sql("truncate table applied_event").update();
    }
}
