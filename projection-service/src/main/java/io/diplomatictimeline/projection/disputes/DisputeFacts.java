package io.diplomatictimeline.projection.disputes;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The disputes as raised, and the facts that discussed or resolved one ("follow-ups"), each version a row of its own.
 */
@Repository
class DisputeFacts {

    private static final String DISPUTE_COLUMNS =
            "select id, track, kind, occurred_on, raised_by, against, title, details from dispute";
    private static final String FOLLOW_UP_COLUMNS = """
            select f.fact_id, f.dispute_id, f.type, f.track, f.round_number, f.occurred_on, f.resolution,
                   d.kind, d.title
            from dispute_follow_up f""";
    private static final String FOLLOW_UP_ORDER = " order by f.period_start, f.recorded_at, f.fact_id";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DisputeFacts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void addDispute(RecordedFact fact, String kind) {
        jdbc.sql("""
                        insert into dispute
                            (id, version, track, kind, occurred_on, period_start, recorded_at, raised_by, against,
                             title, details)
                        values
                            (:id, :version, :track, :kind, :occurredOn, :periodStart, :recordedAt, :raisedBy, :against,
                             :title, :details)""")
                .param("id", fact.id())
                .param("version", fact.version())
                .param("track", fact.track())
                .param("kind", kind)
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("raisedBy", textOf(fact.details().get("raisedBy")))
                .param("against", textOf(fact.details().get("against")))
                .param("title", fact.title())
                .param("details", fact.details().toString())
                .update();
    }

    void addFollowUp(RecordedFact fact, UUID disputeId) {
        jdbc.sql("""
                        insert into dispute_follow_up
                            (fact_id, version, dispute_id, type, track, round_number, occurred_on, period_start,
                             recorded_at, resolution)
                        values
                            (:factId, :version, :disputeId, :type, :track, :roundNumber, :occurredOn, :periodStart,
                             :recordedAt, :resolution)""")
                .param("factId", fact.id())
                .param("version", fact.version())
                .param("disputeId", disputeId)
                .param("type", fact.type())
                .param("track", fact.track())
                .param("roundNumber", fact.roundNumber().orElse(null), Types.INTEGER)
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("resolution", textOf(fact.details().get("resolution")))
                .update();
    }

    /** A fact raised a dispute or followed one up, never both: closing both tables closes whichever it did. */
    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "dispute", "id", factId, at);
        CurrentRows.close(jdbc, "dispute_follow_up", "fact_id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("delete from dispute_follow_up").update();
        jdbc.sql("delete from dispute").update();
    }

    /** The disputes raised on a track, or on every track when it is null, in the order they were raised. */
    List<Raised> disputes(String track, AsOf asOf) {
        return jdbc.sql(DISPUTE_COLUMNS + " where " + asOf.rowsValid(null)
                        + (track == null ? "" : " and track = :track") + " order by period_start, recorded_at, id")
                .params(parameters(track, asOf))
                .query(this::raised)
                .list();
    }

    Optional<Raised> dispute(UUID id, AsOf asOf) {
        return jdbc.sql(DISPUTE_COLUMNS + " where id = :id and " + asOf.rowsValid(null))
                .params(asOf.parameters())
                .param("id", id)
                .query(this::raised)
                .optional();
    }

    /** What was said or done about the disputes of a track (or of every track), in timeline order. */
    List<FollowUp> followUps(String track, AsOf asOf) {
        return jdbc.sql(followUps(asOf) + (track == null ? "" : " and f.track = :track") + FOLLOW_UP_ORDER)
                .params(parameters(track, asOf))
                .query(DisputeFacts::followUp)
                .list();
    }

    List<FollowUp> followUpsOf(UUID disputeId, AsOf asOf) {
        return jdbc.sql(followUps(asOf) + " and f.dispute_id = :id" + FOLLOW_UP_ORDER)
                .params(asOf.parameters())
                .param("id", disputeId)
                .query(DisputeFacts::followUp)
                .list();
    }

    /** The follow-ups known at that moment, each with the dispute as it was known then, if it was. */
    private static String followUps(AsOf asOf) {
        return FOLLOW_UP_COLUMNS + " left join dispute d on d.id = f.dispute_id and " + asOf.rowsValid("d")
                + " where " + asOf.rowsValid("f");
    }

    private static Map<String, Object> parameters(String track, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        if (track != null) {
            parameters.put("track", track);
        }
        return parameters;
    }

    private Raised raised(ResultSet row, int rowNumber) throws SQLException {
        return new Raised(row.getObject("id", UUID.class), row.getString("track"), row.getString("kind"),
                row.getString("occurred_on"), row.getString("raised_by"), row.getString("against"),
                row.getString("title"), parse(row.getString("details")));
    }

    private static FollowUp followUp(ResultSet row, int rowNumber) throws SQLException {
        int roundNumber = row.getInt("round_number");
        Integer round = row.wasNull() ? null : roundNumber;
        return new FollowUp(row.getObject("fact_id", UUID.class), row.getObject("dispute_id", UUID.class),
                row.getString("type"), row.getString("track"), round, row.getString("occurred_on"),
                row.getString("resolution"), row.getString("kind"), row.getString("title"));
    }

    private JsonNode parse(String details) {
        try {
            return json.readTree(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored details of a dispute are not JSON", e);
        }
    }

    /** A dispute as the fact that raised it tells it. */
    record Raised(UUID id, String track, String kind, String occurredOn, String raisedBy, String against,
                  String title, JsonNode details) {
    }

    /**
     * A fact that discussed or resolved a dispute, with the dispute's kind and title when the dispute is known.
     *
     * @param type dispute-discussed or dispute-resolved
     */
    record FollowUp(UUID factId, UUID disputeId, String type, String track, Integer roundNumber, String occurredOn,
                    String resolution, String kind, String title) {

        boolean isResolution() {
            return "dispute-resolved".equals(type);
        }
    }
}
