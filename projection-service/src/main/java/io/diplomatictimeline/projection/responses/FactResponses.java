package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each fact answers, as the fact itself says it, a row per version and fact answered. Whether the fact answered
 * is known, and what it is, is left to the query: it may be on another track and arrive later.
 */
@Repository
class FactResponses {

    private static final String INSERT = """
            insert into fact_response
                (fact_id, version, responds_to, relation, type, by_country, occurred_on, start_day, recorded_at)
            values
                (:factId, :version, :respondsTo, :relation, :type, :byCountry, :occurredOn, :startDay,
                 :recordedAt)""";
    /** Few enough ids per query to stay under any database's limit on bind parameters. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    FactResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(RecordedFact fact, Response response, String byCountry, PendingRows rows) {
        rows.add(INSERT, new MapSqlParameterSource()
                .addValue("factId", fact.id())
                .addValue("version", fact.version())
                .addValue("respondsTo", response.respondsTo())
                .addValue("relation", response.relation())
                .addValue("type", fact.type())
                .addValue("byCountry", byCountry)
                .addValue("occurredOn", fact.occurredOn().toString())
                .addValue("startDay", fact.occurredOn().earliest().toEpochDay())
                .addValue("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC)));
    }

    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "fact_response", "fact_id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("truncate table fact_response").update();
    }

    /** What these facts answer, as known at that moment. */
    List<Link> answeredBy(Collection<UUID> responses, AsOf asOf) {
        return links("fact_id", responses, asOf);
    }

    /** The facts that answer these, as known at that moment. */
    List<Link> answering(Collection<UUID> answered, AsOf asOf) {
        return links("responds_to", answered, asOf);
    }

    private List<Link> links(String column, Collection<UUID> ids, AsOf asOf) {
        List<UUID> all = ids.stream().distinct().toList();
        List<Link> links = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            links.addAll(jdbc.sql("select fact_id, responds_to, relation, type, by_country, occurred_on, start_day"
                            + " from fact_response r where " + column + " in (:ids) and " + asOf.rowsValid("r")
                            + " order by fact_id, responds_to")
                    .params(asOf.parameters())
                    .param("ids", all.subList(start, Math.min(all.size(), start + CHUNK)))
                    .query((row, n) -> new Link(row.getObject("fact_id", UUID.class),
                            row.getObject("responds_to", UUID.class), row.getString("relation"),
                            row.getString("type"), row.getString("by_country"), row.getString("occurred_on"),
                            row.getLong("start_day")))
                    .list());
        }
        return links;
    }

    /**
     * One fact answering another, with what the response is: its type, the country that made it (or null), when it
     * happened and the first day of that.
     */
    record Link(UUID response, UUID answered, String relation, String type, String by, String occurredOn,
                long startDay) {
    }

    /** One fact a fact's {@code respondsTo} names, and how it answers it. */
    record Response(UUID respondsTo, String relation) {
    }
}
