package io.diplomatictimeline.projection.corroboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The corroboration read model: a row per state of a fact's corroboration, valid in transaction time, with the
 * sources it was counted from. Entries are given theirs as they are read, and filtered by its level.
 */
@Repository
public class FactCorroborations {

    private static final String INSERT = """
            insert into fact_corroboration (fact_id, recorded_at, level, summary, basis)
            values (:factId, :recordedAt, :level, :summary, :basis)""";
    private static final TypeReference<List<CountedSource>> BASIS = new TypeReference<>() { };
    /** Few enough ids per query to stay under any database's limit on bind parameters. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FactCorroborations(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The condition, on a row of timeline_entry named {@code table}, that its fact's corroboration was at the level
     * bound as {@code :corroboration} at the moment {@code asOf} answers from.
     */
    public static String atLevel(String table, AsOf asOf) {
        return "exists (select 1 from fact_corroboration c where c.fact_id = " + table + ".id"
                + " and c.level = :corroboration and " + asOf.rowsValid("c") + ")";
    }

    /** The {@code corroboration} of each of these facts that has one, as JSON, as it stood at that moment. */
    public Map<UUID, String> summaries(Collection<UUID> factIds, AsOf asOf) {
        List<UUID> ids = factIds.stream().distinct().toList();
        Map<UUID, String> found = new HashMap<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            jdbc.sql("select fact_id, summary from fact_corroboration c where fact_id in (:ids) and "
                            + asOf.rowsValid("c"))
                    .params(asOf.parameters())
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .query((row, n) -> found.put(row.getObject("fact_id", UUID.class), row.getString("summary")))
                    .list();
        }
        return found;
    }

    /** The fact's corroboration counted from {@code basis}, valid from {@code recordedAt}, written with the rows. */
    void add(UUID factId, Instant recordedAt, List<CountedSource> basis, PendingRows rows) {
        rows.add(INSERT, row(factId, recordedAt, basis));
    }

    /** The same, written at once. */
    void insert(UUID factId, Instant recordedAt, List<CountedSource> basis) {
        jdbc.sql(INSERT).paramSource(row(factId, recordedAt, basis)).update();
    }

    private MapSqlParameterSource row(UUID factId, Instant recordedAt, List<CountedSource> basis) {
        Corroboration corroboration = Corroboration.of(basis);
        return new MapSqlParameterSource()
                .addValue("factId", factId)
                .addValue("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .addValue("level", corroboration.level())
                .addValue("summary", write(corroboration))
                .addValue("basis", write(basis));
    }

    /** The sources the fact's latest corroboration was counted from, current or closed; empty for an unknown fact. */
    Optional<List<CountedSource>> latestBasis(UUID factId) {
        return jdbc.sql("""
                        select basis from fact_corroboration where fact_id = :factId
                        order by recorded_at desc limit 1""")
                .param("factId", factId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "fact_corroboration", "fact_id", factId, at);
    }

    void deleteAll() {
        jdbc.sql("truncate table fact_corroboration").update();
    }

    /**
     * As the service writes its UTF-8 answers (a character outside the Basic Multilingual Plane as a pair of escaped
     * surrogates): a page adds a summary to an entry as it is (timeline.TimelineEntry), and then writes the same bytes
     * as when it parsed it and wrote it again.
     */
    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a corroboration as JSON", e);
        }
    }

    private List<CountedSource> read(String basis) {
        try {
            return json.readValue(basis, BASIS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored basis of a corroboration is not JSON", e);
        }
    }
}
