package io.diplomatictimeline.projection.readmodel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether emptying the read models for a replay has begun and not finished. The tables are truncated, which is fast
 * but which H2 commits table by table: a row here, committed before the first table is touched and deleted after the
 * last, tells a start after a crash that the emptying must be finished before anything is consumed (an emptied table
 * next to a full one would take in again only some of the facts delivered again).
 */
@Repository
class ReadModelReset {

    private final JdbcClient jdbc;

    ReadModelReset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call outside any transaction, so that the mark is on disk before the first table is emptied. */
    void begin() {
        jdbc.sql("insert into read_model_reset (begun_at) values (current_timestamp)").update();
    }

    boolean begun() {
        return jdbc.sql("select count(*) from read_model_reset").query(Long.class).single() > 0;
    }

    void finished() {
        jdbc.sql("delete from read_model_reset").update();
    }
}
