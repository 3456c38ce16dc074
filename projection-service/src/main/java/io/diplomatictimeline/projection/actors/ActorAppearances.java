package io.diplomatictimeline.projection.actors;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per person per version of a fact that mentions them, in timeline order. */
@Repository
class ActorAppearances {

    private static final String COLUMNS = """
            select actor_id, name, country, office, role, fact_id, type, track, occurred_on, period_start, title
            from actor_appearance""";
    private static final String TIMELINE_ORDER = " order by period_start, recorded_at, fact_id";

    private final JdbcClient jdbc;

    ActorAppearances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(RecordedFact fact, ActorMention mention) {
        jdbc.sql("""
                        insert into actor_appearance
                            (fact_id, version, actor_id, name, country, office, role, track, type, occurred_on,
                             period_start, recorded_at, title)
                        values
                            (:factId, :version, :actorId, :name, :country, :office, :role, :track, :type, :occurredOn,
                             :periodStart, :recordedAt, :title)""")
                .param("factId", fact.id())
                .param("version", fact.version())
                .param("actorId", mention.id())
                .param("name", mention.name())
                .param("country", mention.country())
                .param("office", mention.office())
                .param("role", mention.role())
                .param("track", fact.track())
                .param("type", fact.type())
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("title", fact.title())
                .update();
    }

    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "actor_appearance", "fact_id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("delete from actor_appearance").update();
    }

    List<Row> all(AsOf asOf) {
        return jdbc.sql(COLUMNS + " where " + asOf.rowsValid(null) + TIMELINE_ORDER)
                .params(asOf.parameters())
                .query(ActorAppearances::row)
                .list();
    }

    List<Row> of(String actorId, AsOf asOf) {
        return jdbc.sql(COLUMNS + " where actor_id = :actorId and " + asOf.rowsValid(null) + TIMELINE_ORDER)
                .params(asOf.parameters())
                .param("actorId", actorId)
                .query(ActorAppearances::row)
                .list();
    }

    private static Row row(ResultSet row, int rowNumber) throws SQLException {
        return new Row(row.getString("actor_id"), row.getString("name"), row.getString("country"),
                row.getString("office"), row.getString("role"), row.getObject("fact_id", UUID.class),
                row.getString("type"), row.getString("track"), row.getString("occurred_on"),
                row.getObject("period_start", LocalDate.class), row.getString("title"));
    }

    /** One appearance, as stored. */
    record Row(String actorId, String name, String country, String office, String role, UUID factId, String type,
               String track, String occurredOn, LocalDate periodStart, String title) {
    }
}
