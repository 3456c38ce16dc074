package io.diplomatictimeline.projection.rounds;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts of every round, each version kept whole, by track and round number. */
@Repository
class RoundFacts {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RoundFacts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(RecordedFact fact, int roundNumber) {
        jdbc.sql("""
                        insert into round_fact
                            (fact_id, version, track, round_number, type, period_start, recorded_at, sequence,
                             document)
                        values
                            (:factId, :version, :track, :roundNumber, :type, :periodStart, :recordedAt, :sequence,
                             :document)""")
                .param("factId", fact.id())
                .param("version", fact.version())
                .param("track", fact.track())
                .param("roundNumber", roundNumber)
                .param("type", fact.type())
                .param("periodStart", fact.occurredOn().earliest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("sequence", fact.sequence(), Types.BIGINT)
                .param("document", fact.document().toString())
                .update();
    }

    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "round_fact", "fact_id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("delete from round_fact").update();
    }

    /**
     * The facts of the rounds of a track, or of every track when it is null, and of one round when a number is
     * given, as known at that moment: by track and number, then in timeline order.
     */
    List<Row> find(String track, Integer roundNumber, AsOf asOf) {
        StringBuilder sql = new StringBuilder(
                "select fact_id, track, round_number, type, recorded_at, document from round_fact where ")
                .append(asOf.rowsValid(null));
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        if (track != null) {
            sql.append(" and track = :track");
            parameters.put("track", track);
        }
        if (roundNumber != null) {
            sql.append(" and round_number = :roundNumber");
            parameters.put("roundNumber", roundNumber);
        }
        sql.append(" order by track, round_number, period_start, recorded_at, fact_id");
        return jdbc.sql(sql.toString()).params(parameters).query(this::row).list();
    }

    private Row row(ResultSet row, int rowNumber) throws SQLException {
        return new Row(row.getObject("fact_id", UUID.class), row.getString("track"), row.getInt("round_number"),
                row.getString("type"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                parse(row.getString("document")));
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored round fact is not JSON", e);
        }
    }

    /**
     * A version of a fact of a round, as published.
     *
     * @param recordedAt when this version was recorded
     */
    record Row(UUID factId, String track, int roundNumber, String type, Instant recordedAt, JsonNode document) {

        /** When the fact was first recorded: its document's {@code recordedAt}, whichever version this is. */
        Instant firstRecordedAt() {
            return Instant.parse(document.path("recordedAt").asText());
        }

        boolean is(String vocabularyType) {
            return type.equals(vocabularyType);
        }

        JsonNode details() {
            return document.path("details");
        }
    }
}
