package io.diplomatictimeline.projection.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.actors.ActorNaming;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements, each kept as its whole fact document, with the speaker's id and name and the id of the fact it is
 * about in columns of their own to look it up by. What that fact is, is left to the query: it may arrive later.
 */
@Repository
class StatementFacts {

    private static final String TIMELINE_ORDER = " order by period_start, recorded_at, id";
    /** The same order for statements gathered in several queries: by the start of their period, then recording. */
    private static final Comparator<JsonNode> IN_TIMELINE_ORDER = Comparator
            .comparing((JsonNode statement) -> EdtfDate.parse(statement.path("occurredOn").asText()).earliest())
            .thenComparing(statement -> Instant.parse(statement.path("recordedAt").asText()))
            .thenComparing(statement -> statement.path("id").asText());
    /** Few enough ids per query to stay under any database's limit on bind parameters. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    StatementFacts(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(RecordedFact fact) {
        String speaker = RecordedFact.textOf(fact.details().path("speaker").get("name"));
        jdbc.sql("""
                        insert into statement_issued
                            (id, track, occurred_on, period_start, recorded_at, speaker_id, speaker_name,
                             about_fact_id, document)
                        values
                            (:id, :track, :occurredOn, :periodStart, :recordedAt, :speakerId, :speakerName,
                             :aboutFactId, :document)""")
                .param("id", fact.id())
                .param("track", fact.track())
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("speakerId", speaker == null ? null : ActorNaming.idOf(speaker))
                .param("speakerName", speaker == null ? null : ActorNaming.nameKey(speaker))
                .param("aboutFactId", fact.reference("aboutFactId").orElse(null))
                .param("document", fact.document().toString())
                .update();
    }

    /** The documents of the statements that match every filter given, in timeline order. */
    void deleteAll() {
        jdbc.sql("delete from statement_issued").update();
    }

    List<JsonNode> find(StatementQuery query) {
        StringBuilder sql = new StringBuilder("select document from statement_issued where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.speaker() != null) {
            sql.append(" and (speaker_id = :speakerId or speaker_name = :speakerName)");
            parameters.put("speakerId", query.speaker().toLowerCase(Locale.ROOT));
            parameters.put("speakerName", ActorNaming.nameKey(query.speaker()));
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
        return jdbc.sql(sql.toString()).params(parameters).query(String.class).list().stream()
                .map(this::parse).toList();
    }

    /** The documents of the statements about any of these facts, in timeline order. */
    List<JsonNode> about(Collection<UUID> factIds) {
        List<UUID> ids = factIds.stream().distinct().toList();
        List<String> documents = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            documents.addAll(jdbc.sql("select document from statement_issued where about_fact_id in (:ids)")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .query(String.class)
                    .list());
        }
        return documents.stream().map(this::parse).sorted(IN_TIMELINE_ORDER).toList();
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored statement is not JSON", e);
        }
    }
}
