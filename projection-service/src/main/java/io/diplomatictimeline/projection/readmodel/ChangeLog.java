package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every event applied to the read models, one row each: a fact's creation, its corrections and its retraction, the
 * sources added to it, with the data as received. Written in the transaction that applies the event; read for a
 * fact's history, for the change feed in recorded order, for the digest, and to fill read models added later.
 */
@Repository
public class ChangeLog {

    private static final String COLUMNS = """
            select event_id, kind, fact_id, track, fact_type, version, recorded_at, reason, source, data, stance
            from fact_change""";
    private static final String INSERT = """
            insert into fact_change
                (event_id, fact_id, track, fact_type, kind, version, recorded_at, reason, source, data, stance,
                 log_position)
            values
                (:eventId, :factId, :track, :factType, :kind, :version, :recordedAt, :reason, :source, :data,
                 :stance, :logPosition)""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ChangeLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Locks the log's counter until the caller's transaction ends, and reads it: the changes of one transaction are
     * numbered after those of every transaction that committed before it, so positions become visible in order.
     */
    Positions positions() {
        return new Positions(jdbc.sql("select last_position from change_log_position for update")
                .query(Long.class).single());
    }

    /** Stores how far the counter went, in the transaction that locked it. */
    void store(Positions positions) {
        if (positions.last != positions.first) {
            jdbc.sql("update change_log_position set last_position = :last").param("last", positions.last).update();
        }
    }

    /** The highest position of the log, 0 when nothing was ever logged. */
    public long lastPosition() {
        return jdbc.sql("select last_position from change_log_position").query(Long.class).single();
    }

    /** The lowest position the log still holds, or empty when it holds nothing (a replay just emptied it). */
    public Optional<Long> firstPosition() {
        return Optional.ofNullable(jdbc.sql("select min(log_position) from fact_change").query(Long.class).single());
    }

    /** Logs the event with the rows that apply it, in their transaction, at the next position. */
    void record(FactChange change, Positions positions, PendingRows rows) {
        rows.add(INSERT, new MapSqlParameterSource()
                .addValue("logPosition", positions.next())
                .addValue("eventId", change.eventId())
                .addValue("factId", change.factId())
                .addValue("track", change.track())
                .addValue("factType", change.factType())
                .addValue("kind", change.change().label())
                .addValue("version", change.version())
                .addValue("recordedAt", change.recordedAt().atOffset(ZoneOffset.UTC))
                .addValue("reason", change.reason(), Types.VARCHAR)
                .addValue("source", change.source() == null ? null : change.source().toString(), Types.VARCHAR)
                .addValue("data", change.data())
                .addValue("stance", change.stance(), Types.VARCHAR));
    }

    /** The fact's latest change, or empty when the fact is not known. */
    Optional<LoggedChange> latest(UUID factId) {
        return jdbc.sql(COLUMNS + " where fact_id = :factId order by version desc, recorded_at desc limit 1")
                .param("factId", factId)
                .query(this::row)
                .optional();
    }

    /** Every event of the fact in the order recorded, its first version first; empty when the fact is not known. */
    public List<LoggedChange> history(UUID factId) {
        return jdbc.sql(COLUMNS + " where fact_id = :factId order by version, recorded_at, event_id")
                .param("factId", factId)
                .query(this::row)
                .list();
    }

    /**
     * Events in recorded order (recordedAt, then event id), at most {@code limit} of them.
     *
     * @param since the first recording time to include, or null for every event
     * @param after with {@code since}, the event after which to start: the events recorded at {@code since} up to it
     *              are left out (a cursor's position); null to include every event recorded at {@code since}
     */
    public List<LoggedChange> inRecordedOrder(Instant since, UUID after, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS);
        Map<String, Object> parameters = new HashMap<>();
        if (since != null && after == null) {
            sql.append(" where recorded_at >= :since");
            parameters.put("since", since.atOffset(ZoneOffset.UTC));
        } else if (since != null) {
            sql.append(" where (recorded_at, event_id) > (:since, :after)");
            parameters.put("since", since.atOffset(ZoneOffset.UTC));
            parameters.put("after", after);
        }
        sql.append(" order by recorded_at, event_id limit :limit");
        parameters.put("limit", limit);
        return jdbc.sql(sql.toString()).params(parameters).query(this::row).list();
    }

    void deleteAll() {
        jdbc.sql("truncate table fact_change").update();
    }

    /** The positions a transaction gives its changes: those after the last one committed. */
    static final class Positions {

        private final long first;
        private long last;

        private Positions(long last) {
            this.first = last;
            this.last = last;
        }

        long next() {
            return ++last;
        }
    }

    private LoggedChange row(ResultSet row, int rowNumber) throws SQLException {
        return new LoggedChange(row.getObject("event_id", UUID.class), Change.ofLabel(row.getString("kind")),
                row.getObject("fact_id", UUID.class), row.getString("track"), row.getString("fact_type"),
                row.getInt("version"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("reason"), parse(row.getString("source")), row.getString("data"),
                row.getString("stance"));
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored source of a change is not JSON", e);
        }
    }
}
