package io.diplomatictimeline.projection.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.actors.ActorNaming;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements, each version kept as its whole fact document, with the speaker's id and name and the id of the fact
 * it is about in columns of their own to look it up by. What that fact is, is left to the query: it may arrive later.
 */
@Repository
class StatementFacts {

    private static final String INSERT_STATEMENT_ISSUED = """
            insert into statement_issued
                (id, version, track, occurred_on, period_start, recorded_at, speaker_id, speaker_name,
                 about_fact_id, document)
            values
                (:id, :version, :track, :occurredOn, :periodStart, :recordedAt, :speakerId, :speakerName,
                 :aboutFactId, :document)""";

    private static final String COLUMNS = "select period_start, recorded_at, id, document from statement_issued";
    private static final String TIMELINE_ORDER = " order by period_start, recorded_at, id";
    /** The same order for statements gathered in several queries. */
    private static final Comparator<Row> IN_TIMELINE_ORDER = Comparator.comparing(Row::periodStart)
            .thenComparing(Row::recordedAt)
            .thenComparing(row -> row.id().toString());
    /** Few enough ids per query to stay under any database's limit on bind parameters. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    StatementFacts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(RecordedFact fact, PendingRows rows) {
        String speaker = RecordedFact.textOf(fact.details().path("speaker").get("name"));
        rows.add(INSERT_STATEMENT_ISSUED, new MapSqlParameterSource()
                .addValue("id", fact.id())
                .addValue("version", fact.version())
                .addValue("track", fact.track())
                .addValue("occurredOn", fact.occurredOn().toString())
                .addValue("periodStart", fact.occurredOn().earliest())
                .addValue("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .addValue("speakerId", speaker == null ? null : ActorNaming.idOf(speaker))
                .addValue("speakerName", speaker == null ? null : ActorNaming.nameKey(speaker))
                .addValue("aboutFactId", fact.reference("aboutFactId").orElse(null))
                .addValue("document", fact.document().toString()));
    }

    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "statement_issued", "id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("truncate table statement_issued").update();
    }

    /** The documents of the statements that match every filter given, in timeline order. */
    List<JsonNode> find(StatementQuery query) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where ").append(query.asOf().rowsValid(null));
        Map<String, Object> parameters = new HashMap<>(query.asOf().parameters());
        if (query.speaker() != null) {
            ActorNaming.Match speaker = ActorNaming.Match.of(query.speaker());
            sql.append(" and (speaker_name like :speakerName escape '\\'");
            parameters.put("speakerName", speaker.name());
            if (speaker.id() != null) {
                sql.append(" or speaker_id like :speakerId escape '\\'");
                parameters.put("speakerId", speaker.id());
            }
            sql.append(")");
        }
        if (query.about() != null) {
            sql.append(" and about_fact_id = :about");
            parameters.put("about", query.about());
        }
        if (query.track() != null) {
            sql.append(" and track = :track");
            parameters.put("track", query.track());
        }
        sql.append(TIMELINE_ORDER);
        return jdbc.sql(sql.toString()).params(parameters).query(this::row).list().stream()
                .map(Row::document).toList();
    }

    /** The documents of the statements about any of these facts known at that moment, in timeline order. */
    List<JsonNode> about(Collection<UUID> factIds, AsOf asOf) {
        List<UUID> ids = factIds.stream().distinct().toList();
        List<Row> rows = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            rows.addAll(jdbc.sql(COLUMNS + " where about_fact_id in (:ids) and " + asOf.rowsValid(null))
                    .params(asOf.parameters())
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .query(this::row)
                    .list());
        }
        return rows.stream().sorted(IN_TIMELINE_ORDER).map(Row::document).toList();
    }

    private Row row(ResultSet row, int rowNumber) throws SQLException {
        return new Row(row.getObject("period_start", LocalDate.class),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getObject("id", UUID.class),
                parse(row.getString("document")));
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored statement is not JSON", e);
        }
    }

    /** A statement and its place in timeline order. */
    private record Row(LocalDate periodStart, Instant recordedAt, UUID id, JsonNode document) {
    }
}
