package io.diplomatictimeline.projection.readmodel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ids of the events already applied: Kafka delivers at least once, the read models change at most once. */
@Repository
class AppliedEvents {

    private final JdbcClient jdbc;

    AppliedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the event is being applied; call it in the transaction that applies it.
     *
     * @return false when the event was applied before, and must not be applied again
     */
    boolean markApplied(String eventId) {
        int inserted = jdbc.sql("""
                        insert into applied_event (event_id, applied_at)
                        select :eventId, current_timestamp
                        where not exists (select 1 from applied_event where event_id = :eventId)""")
                .param("eventId", eventId)
                .update();
        return inserted == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from applied_event").query(Long.class).single();
    }

    void forgetEverything() {
        jdbc.sql("delete from applied_event").update();
    }
}
