package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.actors.ActorNaming;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timeline read model: one row per fact, found by id or paged in time order, with the values it can be filtered
 * by alongside (see {@link TimelineFacet} and {@link SearchText}).
 */
@Repository
class TimelineEntries {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    TimelineEntries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(RecordedFact fact) {
        jdbc.sql("""
                        insert into timeline_entry
                            (id, track, type, occurred_on, period_start, period_end, recorded_at, sequence, document,
                             search_text)
                        values
                            (:id, :track, :type, :occurredOn, :periodStart, :periodEnd, :recordedAt, :sequence,
                             :document, :searchText)""")
                .param("id", fact.id())
                .param("track", fact.track())
                .param("type", fact.type())
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("periodEnd", fact.occurredOn().latest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("sequence", fact.sequence(), Types.BIGINT)
                .param("document", fact.document().toString())
                .param("searchText", SearchText.of(fact.document()))
                .update();
        for (TimelineFacet facet : TimelineFacet.of(fact.document())) {
            jdbc.sql("insert into timeline_facet (entry_id, facet, facet_value) values (:id, :facet, :value)")
                    .param("id", fact.id())
                    .param("facet", facet.facet())
                    .param("value", facet.value())
                    .update();
        }
    }

    void deleteAll() {
        jdbc.sql("delete from timeline_facet").update();
        jdbc.sql("delete from timeline_entry").update();
    }

    Optional<JsonNode> findById(UUID id) {
        return jdbc.sql("select document from timeline_entry where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(this::parse);
    }

    TimelinePage find(TimelineQuery query) {
        StringBuilder sql = new StringBuilder(
                "select id, period_start, recorded_at, document from timeline_entry where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.track() != null) {
            sql.append(" and track = :track");
            parameters.put("track", query.track());
        }
        if (!query.types().isEmpty()) {
            sql.append(" and type in (:types)");
            parameters.put("types", query.types());
        }
        if (query.actor() != null) {
            sql.append(" and (").append(hasFacet(TimelineFacet.ACTOR, "actorId"))
                    .append(" or ").append(hasFacet(TimelineFacet.ACTOR_NAME, "actorName")).append(")");
            parameters.put("actorId", query.actor().toLowerCase(Locale.ROOT));
            parameters.put("actorName", ActorNaming.nameKey(query.actor()));
        }
        if (query.country() != null) {
            sql.append(" and ").append(hasFacet(TimelineFacet.COUNTRY, "country"));
            parameters.put("country", query.country());
        }
        if (query.topic() != null) {
            sql.append(" and ").append(hasFacet(TimelineFacet.TOPIC, "topic"));
            parameters.put("topic", query.topic());
        }
        if (query.text() != null) {
            sql.append(" and search_text like :text escape '\\'");
            parameters.put("text", SearchText.containing(query.text()));
        }
        // Two periods overlap when neither ends before the other starts.
        if (query.from() != null) {
            sql.append(" and period_end >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" and period_start <= :to");
            parameters.put("to", query.to());
        }
        if (query.after() != null) {
            sql.append(" and (period_start, recorded_at, id) > (:afterPeriodStart, :afterRecordedAt, :afterId)");
            parameters.put("afterPeriodStart", query.after().periodStart());
            parameters.put("afterRecordedAt", query.after().recordedAt().atOffset(ZoneOffset.UTC));
            parameters.put("afterId", query.after().id());
        }
        sql.append(" order by period_start, recorded_at, id limit :limit");
        // One row more than asked for tells whether there is a next page, without counting.
        parameters.put("limit", query.limit() + 1);

        List<Row> rows = jdbc.sql(sql.toString()).params(parameters).query(this::row).list();
        return page(rows, query.limit());
    }

    private static String hasFacet(String facet, String parameter) {
        return "exists (select 1 from timeline_facet f where f.entry_id = timeline_entry.id and f.facet = '" + facet
                + "' and f.facet_value = :" + parameter + ")";
    }

    private TimelinePage page(List<Row> rows, int limit) {
        boolean more = rows.size() > limit;
        List<Row> shown = more ? rows.subList(0, limit) : rows;
        TimelineCursor next = more ? shown.get(shown.size() - 1).cursor() : null;
        return new TimelinePage(shown.stream().map(row -> parse(row.document())).toList(), next);
    }

    private Row row(ResultSet resultSet, int rowNumber) throws SQLException {
        TimelineCursor cursor = new TimelineCursor(
                resultSet.getObject("period_start", LocalDate.class),
                resultSet.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                resultSet.getObject("id", UUID.class));
        return new Row(cursor, resultSet.getString("document"));
    }

    private JsonNode parse(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored timeline entry is not JSON", e);
        }
    }

    private record Row(TimelineCursor cursor, String document) {
    }
}
