package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.projection.corroboration.FactCorroborations;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.Change;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change log read in log order, each change with the timeline entry it left, filtered as the timeline is: what the
 * live stream sends. A correction also counts when the version it replaced matched, so that a reader filtering by an
 * actor the correction removed learns of it; a retraction's entry carries the facets of the version it retracted.
 */
@Repository
public class TimelineChanges {

    private static final String SELECT = "select c.log_position, c.kind, "
            + TimelineEntries.ENTRY_COLUMNS.formatted("e.") + """

            from fact_change c join timeline_entry e on e.id = c.fact_id and e.version = c.version
            where c.log_position > :after and c.log_position <= :upTo""";

    private final JdbcClient jdbc;
    private final FactCorroborations corroborations;

    TimelineChanges(JdbcClient jdbc, FactCorroborations corroborations) {
        this.jdbc = jdbc;
        this.corroborations = corroborations;
    }

    /**
     * The changes after {@code after} up to {@code upTo}, in log order, that match the query's filters (its page, its
     * instant and its retraction flag do not count), at most {@code limit}.
     */
    public List<ChangedEntry> after(long after, long upTo, TimelineQuery filters, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder matching = new StringBuilder();
        TimelineEntries.appendFilters(filters, "m", matching, parameters);
        StringBuilder sql = new StringBuilder(SELECT);
        if (!matching.isEmpty()) {
            sql.append(" and exists (select 1 from timeline_entry m where m.id = c.fact_id and (m.version = c.version")
                    .append(" or (c.kind = '").append(Change.CORRECTED.label())
                    .append("' and m.version = c.version - 1))").append(matching).append(")");
        }
        sql.append(" order by c.log_position limit :limit");
        parameters.put("after", after);
        parameters.put("upTo", upTo);
        parameters.put("limit", limit);
        List<Logged> logged = jdbc.sql(sql.toString()).params(parameters)
                .query((row, number) -> new Logged(row.getLong("log_position"), Change.ofLabel(row.getString("kind")),
                        TimelineEntries.row(row, number)))
                .list();
        // As /api/timeline serves entries: with their corroboration, here as it stands now (a source added is a
        // change of its own, sent as it comes).
        Map<UUID, String> summaries = corroborations.summaries(
                logged.stream().map(change -> change.row().cursor().id()).toList(), AsOf.now());
        return logged.stream().map(change -> {
            change.row().entry().corroboration(summaries.get(change.row().cursor().id()));
            return new ChangedEntry(change.position(), change.kind(), change.row().entry());
        }).toList();
    }

    private record Logged(long position, Change kind, TimelineEntries.Row row) {
    }
}
