package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The moves between countries, a row per version of the fact, and the ledger's sums over them: counted, summed and
 * their responses timed in the database, so that a ledger over a million moves holds none of them in memory.
 */
@Repository
class FactMoves {

    private static final String INSERT = """
            insert into fact_move
                (fact_id, version, track, type, by_country, against_country, quantity, occurred_on, period_start,
                 period_end, start_day, recorded_at)
            values
                (:factId, :version, :track, :type, :by, :against, :quantity, :occurredOn, :periodStart,
                 :periodEnd, :startDay, :recordedAt)""";
    /**
     * The moves asked for, each with the start of the earliest response by the side it was made against (as known
     * at the moment asked about), or null when that side has not answered it.
     */
    private static final String MOVES = """
            select m.fact_id, m.type, m.track, m.occurred_on, m.by_country, m.against_country, m.quantity,
                   m.period_start, m.recorded_at, m.start_day,
                   (select min(r.start_day) from fact_response r
                    where r.responds_to = m.fact_id and r.by_country = m.against_country and %s) as first_answer
            from fact_move m
            where %s""";
    /** Days from a move to its first answer; null when the dates are too imprecise to say it came after. */
    private static final String DAYS = "case when first_answer >= start_day then first_answer - start_day end";

    private final JdbcClient jdbc;

    FactMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(RecordedFact fact, Move move, PendingRows rows) {
        rows.add(INSERT, new MapSqlParameterSource()
                .addValue("factId", fact.id())
                .addValue("version", fact.version())
                .addValue("track", fact.track())
                .addValue("type", fact.type())
                .addValue("by", move.by())
                .addValue("against", move.against())
                .addValue("quantity", move.quantity(), Types.INTEGER)
                .addValue("occurredOn", fact.occurredOn().toString())
                .addValue("periodStart", fact.occurredOn().earliest())
                .addValue("periodEnd", fact.occurredOn().latest())
                .addValue("startDay", fact.occurredOn().earliest().toEpochDay())
                .addValue("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC)));
    }

    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "fact_move", "fact_id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("truncate table fact_move").update();
    }

    /**
     * The moves counted by the side that made them, and also by type and year of their start when
     * {@code byTypeAndYear}: how many, their quantities summed, how many the other side answered, and the median
     * of the days it took.
     */
    List<Tally> tallies(ReciprocityQuery query, boolean byTypeAndYear) {
        Map<String, Object> parameters = new HashMap<>();
        String groups = byTypeAndYear ? "by_country, type, start_year" : "by_country";
        String sql = "select " + groups + ", count(*) as moves, sum(quantity) as quantity,"
                + " count(first_answer) as answered,"
                + " percentile_cont(0.5) within group (order by " + DAYS + ") as median_days"
                + " from (select moves.*, extract(year from period_start) as start_year from ("
                + moves(query, parameters) + ") moves) counted group by " + groups + " order by " + groups;
        return jdbc.sql(sql).params(parameters).query((row, n) -> new Tally(row.getString("by_country"),
                byTypeAndYear ? row.getString("type") : null,
                byTypeAndYear ? row.getInt("start_year") : null,
                row.getLong("moves"), number(row, "quantity"), row.getLong("answered"), median(row))).list();
    }

    /** The first {@code limit} moves that were answered (or that were not), in timeline order. */
    List<MoveRow> list(ReciprocityQuery query, boolean answered, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("limit", limit);
        String sql = "select listed.*, " + DAYS + " as days from (" + moves(query, parameters) + ") listed"
                + " where first_answer is " + (answered ? "not null" : "null")
                + " order by period_start, recorded_at, fact_id limit :limit";
        return jdbc.sql(sql).params(parameters).query(FactMoves::moveRow).list();
    }

    private static String moves(ReciprocityQuery query, Map<String, Object> parameters) {
        parameters.putAll(query.asOf().parameters());
        parameters.put("first", query.first());
        parameters.put("second", query.second());
        StringBuilder where = new StringBuilder(query.asOf().rowsValid("m"))
                .append(" and ((m.by_country = :first and m.against_country = :second)")
                .append(" or (m.by_country = :second and m.against_country = :first))");
        if (query.track() != null) {
            where.append(" and m.track = :track");
            parameters.put("track", query.track());
        }
        if (!query.types().isEmpty()) {
            where.append(" and m.type in (:types)");
            parameters.put("types", query.types());
        }
        // Two periods overlap when neither ends before the other starts.
        if (query.from() != null) {
            where.append(" and m.period_end >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and m.period_start <= :to");
            parameters.put("to", query.to());
        }
        return MOVES.formatted(query.asOf().rowsValid("r"), where);
    }

    private static MoveRow moveRow(ResultSet row, int n) throws SQLException {
        return new MoveRow(row.getObject("fact_id", UUID.class), row.getString("type"), row.getString("track"),
                row.getString("occurred_on"), row.getString("by_country"), row.getString("against_country"),
                number(row, "quantity"), row.getLong("start_day"), number(row, "days"));
    }

    private static Long number(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Double median(ResultSet row) throws SQLException {
        double value = row.getDouble("median_days");
        return row.wasNull() ? null : value;
    }

    /**
     * The moves of one side (of one type and year, when counted so).
     *
     * @param quantity   their quantities summed, or null when none gives one
     * @param medianDays the median of the days to the first answer, or null when none can be told
     */
    record Tally(String by, String type, Integer year, long moves, Long quantity, long answered, Double medianDays) {
    }

    /**
     * One move.
     *
     * @param startDay the first day of its period, as days since 1970-01-01
     * @param days     days from its start to the start of its first answer by the other side, or null
     */
    record MoveRow(UUID id, String type, String track, String occurredOn, String by, String against, Long quantity,
                   long startDay, Long days) {
    }
}
