package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.actors.ActorNaming;
import io.diplomatictimeline.projection.corroboration.FactCorroborations;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.CurrentRows;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timeline read model: a row per version of a fact, found by id or paged in time order, with the values it can
 * be filtered by alongside (see {@link TimelineFacet} and {@link SearchText}). A retracted fact keeps a row of its
 * own, with the reason, from the retraction on.
 */
@Repository
public class TimelineEntries {

    private static final String INSERT_TIMELINE_ENTRY = """
            insert into timeline_entry
                (id, version, status, track, type, occurred_on, period_start, period_end, recorded_at,
                 first_recorded_at, sequence, document, search_text, served)
            values
                (:id, :version, :status, :track, :type, :occurredOn, :periodStart, :periodEnd,
                 :recordedAt, :firstRecordedAt, :sequence, :document, :searchText, :served)""";
    private static final String INSERT_TIMELINE_FACET = """
            insert into timeline_facet (entry_id, version, facet, facet_value)
            values (:id, :version, :facet, :value)""";

    /**
     * What an entry is written from: the entry as served when the row keeps it, else its document and the rest (a row
     * written before issue 21). The document is not read when it is not needed.
     */
    static final String ENTRY_COLUMNS = """
            %1$sid, %1$sversion, %1$sstatus, %1$soccurred_on, %1$speriod_start, %1$srecorded_at,
            %1$sfirst_recorded_at, %1$sretraction_reason, %1$sretraction_source, %1$sserved,
            case when %1$sserved is null then %1$sdocument end as document""";
    private static final String COLUMNS = "select " + ENTRY_COLUMNS.formatted("") + " from timeline_entry";
    /**
     * The timeline's order, {@code period_start, recorded_at, id}, as the databases compare: a UUID as 16 unsigned
     * bytes (H2 and PostgreSQL alike), which {@link UUID#compareTo} does not do (it compares signed halves).
     */
    public static final Comparator<TimelineCursor> IN_TIMELINE_ORDER = Comparator
            .comparing(TimelineCursor::periodStart)
            .thenComparing(TimelineCursor::recordedAt)
            .thenComparing(TimelineCursor::id, TimelineEntries::compareAsUnsignedBytes);

    /** Entries read at a time by {@link #forEach}. */
    static final int EXPORT_PAGE = TimelineQuery.MAX_LIMIT;
    /** Few enough ids per query to stay under any database's limit on bind parameters. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final FactCorroborations corroborations;

    TimelineEntries(JdbcClient jdbc, FactCorroborations corroborations) {
        this.jdbc = jdbc;
        this.corroborations = corroborations;
    }

    void add(RecordedFact fact, PendingRows rows) {
        String occurredOn = fact.occurredOn().toString();
        Instant recordedAt = asStored(fact.recordedAt());
        Instant firstRecordedAt = asStored(fact.firstRecordedAt());
        String document = fact.document().toString();
        // Written from the values as the row gives them back, so that it is the entry a row without it would give.
        String served = new TimelineEntry(document, EdtfDate.parse(occurredOn), fact.version(), TimelineEntry.CURRENT,
                recordedAt, firstRecordedAt, null, null).served();
        rows.add(INSERT_TIMELINE_ENTRY, new MapSqlParameterSource()
                .addValue("id", fact.id())
                .addValue("version", fact.version())
                .addValue("status", TimelineEntry.CURRENT)
                .addValue("track", fact.track())
                .addValue("type", fact.type())
                .addValue("occurredOn", occurredOn)
                .addValue("periodStart", fact.occurredOn().earliest())
                .addValue("periodEnd", fact.occurredOn().latest())
                .addValue("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .addValue("firstRecordedAt", firstRecordedAt.atOffset(ZoneOffset.UTC))
                .addValue("sequence", fact.sequence(), Types.BIGINT)
                .addValue("document", document)
                .addValue("searchText", SearchText.of(fact.document()))
                .addValue("served", served));
        for (TimelineFacet facet : TimelineFacet.of(fact.document())) {
            rows.add(INSERT_TIMELINE_FACET, new MapSqlParameterSource()
                    .addValue("id", fact.id())
                    .addValue("version", fact.version())
                    .addValue("facet", facet.facet())
                    .addValue("value", facet.value()));
        }
    }

    void close(UUID factId, Instant at) {
        CurrentRows.close(jdbc, "timeline_entry", "id", factId, at);
    }

    /**
     * The row a retraction leaves: the fact as it last read, with status retracted, the retraction's version, reason
     * and source, valid from the retraction on. Call it after {@link #close}, so the last version is closed.
     */
    void addRetracted(FactChange retraction) {
        Optional<LastVersion> found = jdbc.sql("""
                        select version, document, occurred_on, first_recorded_at from timeline_entry
                        where id = :id order by version desc limit 1""")
                .param("id", retraction.factId())
                .query((row, number) -> new LastVersion(row.getInt("version"), row.getString("document"),
                        row.getString("occurred_on"),
                        row.getObject("first_recorded_at", OffsetDateTime.class).toInstant()))
                .optional();
        if (found.isEmpty()) {
            return;
        }
        LastVersion last = found.get();
        Instant recordedAt = asStored(retraction.recordedAt());
        String source = retraction.source() == null ? null : retraction.source().toString();
        String served = new TimelineEntry(last.document(), EdtfDate.parse(last.occurredOn()), retraction.version(),
                TimelineEntry.RETRACTED, recordedAt, last.firstRecordedAt(), retraction.reason(), source).served();
        jdbc.sql("""
                        insert into timeline_entry
                            (id, version, status, track, type, occurred_on, period_start, period_end, recorded_at,
                             first_recorded_at, sequence, document, search_text, retraction_reason,
                             retraction_source, served)
                        select id, :version, :status, track, type, occurred_on, period_start, period_end, :recordedAt,
                               first_recorded_at, sequence, document, search_text, :reason, :source, :served
                        from timeline_entry where id = :id and version = :last""")
                .param("id", retraction.factId())
                .param("last", last.version())
                .param("version", retraction.version())
                .param("status", TimelineEntry.RETRACTED)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .param("reason", retraction.reason())
                .param("source", source)
                .param("served", served)
                .update();
        jdbc.sql("""
                        insert into timeline_facet (entry_id, version, facet, facet_value)
                        select entry_id, :version, facet, facet_value
                        from timeline_facet where entry_id = :id and version = :last""")
                .param("id", retraction.factId())
                .param("last", last.version())
                .param("version", retraction.version())
                .update();
    }

    /** What a retraction's row takes from the version it retracts. */
    private record LastVersion(int version, String document, String occurredOn, Instant firstRecordedAt) {
    }

    /**
     * The instant as a timestamp(6) column keeps it, to the microsecond (rounded, as H2 and PostgreSQL round): the
     * entry stored as served is written from the times as its row gives them back.
     */
    static Instant asStored(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    void deleteAll() {
        jdbc.sql("truncate table timeline_facet").update();
        jdbc.sql("truncate table timeline_entry").update();
    }

    /** The entry as known at that moment, retracted or not; empty when the fact was not recorded by then. */
    Optional<TimelineEntry> findById(UUID id, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("id", id);
        return jdbc.sql(COLUMNS + " where id = :id and " + asOf.rowsValid(null))
                .params(parameters)
                .query(TimelineEntries::row)
                .optional()
                .map(row -> corroborated(List.of(row), asOf).get(0));
    }

    /**
     * The entries of those of these facts that stood (recorded, not retracted) at that moment, as they read then, with
     * their places in timeline order; a fact not standing then is absent from the answer.
     */
    public Map<UUID, PlacedEntry> standing(Collection<UUID> ids, AsOf asOf) {
        List<UUID> all = ids.stream().distinct().toList();
        List<Row> rows = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            rows.addAll(jdbc.sql(COLUMNS + " where id in (:ids) and status = '" + TimelineEntry.CURRENT + "' and "
                            + asOf.rowsValid(null))
                    .params(asOf.parameters())
                    .param("ids", all.subList(start, Math.min(all.size(), start + CHUNK)))
                    .query(TimelineEntries::row)
                    .list());
        }
        List<TimelineEntry> entries = corroborated(rows, asOf);
        Map<UUID, PlacedEntry> placed = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            placed.put(rows.get(i).cursor().id(), new PlacedEntry(rows.get(i).cursor(), entries.get(i)));
        }
        return placed;
    }

    /**
     * A page of entries in timeline order. It is read class by class of {@link PeriodSpan} (one query, a branch per
     * class), each branch through an index on (track,) span class and start, from the earliest start that can still
     * reach {@code from}, and only as far as a page: the cost of a page does not grow with the entries before it.
     */
    public TimelinePage find(TimelineQuery query) {
        StringBuilder filters = new StringBuilder(query.asOf().rowsValid(null));
        Map<String, Object> parameters = new HashMap<>(query.asOf().parameters());
        if (!query.includeRetracted()) {
            filters.append(" and status = '").append(TimelineEntry.CURRENT).append("'");
        }
        appendFilters(query, "timeline_entry", filters, parameters);
        if (query.after() != null) {
            // The first condition alone is what an index can start from; the second is the exact one.
            filters.append(" and period_start >= :afterPeriodStart")
                    .append(" and (period_start, recorded_at, id) > (:afterPeriodStart, :afterRecordedAt, :afterId)");
            parameters.put("afterPeriodStart", query.after().periodStart());
            parameters.put("afterRecordedAt", query.after().recordedAt().atOffset(ZoneOffset.UTC));
            parameters.put("afterId", query.after().id());
        }
        // One row more than asked for tells whether there is a next page, without counting.
        parameters.put("limit", query.limit() + 1);
        // Within a branch the leading columns of the index (track when given, span class) are fixed, so ordering by
        // them too changes nothing but lets the database read the index in order and stop after the page, rather
        // than read every row of the window and sort them (H2 only sees the index order when the ORDER BY spells
        // out its leading columns).
        String branchOrder = " order by " + (query.track() != null ? "track, " : "")
                + "span_class, period_start, recorded_at, id";
        List<String> branches = new ArrayList<>();
        for (PeriodSpan span : PeriodSpan.CLASSES) {
            StringBuilder branch = new StringBuilder("(").append(COLUMNS).append(" where span_class = ")
                    .append(span.spanClass()).append(" and ").append(filters);
            if (query.from() != null && span.days() != null) {
                String earliest = "earliestStart" + span.spanClass();
                branch.append(" and period_start >= :").append(earliest);
                parameters.put(earliest, span.earliestStartReaching(query.from()));
            }
            branches.add(branch.append(branchOrder).append(" limit :limit)").toString());
        }
        // Each branch comes in order; the branches are merged here rather than by an outer ORDER BY ... LIMIT, which
        // made H2 copy every row of every branch into a derived table and sort it (more than half the query's time).
        // At any one moment a fact has one valid row, so (period_start, recorded_at, id) still orders the entries.
        // The union is wrapped in a plain select because H2 keeps a parsed statement for the next call only when it
        // is a select: a bare union was parsed again for every page (a tenth of the projection's time under load).
        String union = String.join(" union all ", branches);
        List<Row> rows = new ArrayList<>(jdbc.sql("select * from (" + union + ") as page").params(parameters)
                .query(TimelineEntries::row).list());
        rows.sort(Comparator.comparing(Row::cursor, IN_TIMELINE_ORDER));
        return page(rows.size() > query.limit() + 1 ? rows.subList(0, query.limit() + 1) : rows, query.limit(),
                query.asOf());
    }

    /**
     * Appends, each after " and ", the conditions of the query's filters on what an entry is about (not of when it was
     * known, nor of the page) on a row of {@code table} (a table name or alias of timeline_entry), and adds their
     * parameters. Every reader of the timeline (pages, the live stream, the exports) filters through here, so a
     * filter added to {@link TimelineQuery} and here reaches all of them.
     */
    static void appendFilters(TimelineQuery query, String table, StringBuilder filters,
                              Map<String, Object> parameters) {
        String column = table + ".";
        if (query.track() != null) {
            filters.append(" and ").append(column).append("track = :track");
            parameters.put("track", query.track());
        }
        if (!query.types().isEmpty()) {
            filters.append(" and ").append(column).append("type in (:types)");
            parameters.put("types", query.types());
        }
        if (query.actor() != null) {
            ActorNaming.Match actor = ActorNaming.Match.of(query.actor());
            filters.append(" and (").append(hasFacet(table, TimelineFacet.ACTOR_NAME, "like :actorName escape '\\'"));
            parameters.put("actorName", actor.name());
            if (actor.id() != null) {
                filters.append(" or ").append(hasFacet(table, TimelineFacet.ACTOR, "like :actorId escape '\\'"));
                parameters.put("actorId", actor.id());
            }
            filters.append(")");
        }
        if (query.country() != null) {
            filters.append(" and ").append(hasFacet(table, TimelineFacet.COUNTRY, "= :country"));
            parameters.put("country", query.country());
        }
        if (query.topic() != null) {
            filters.append(" and ").append(hasFacet(table, TimelineFacet.TOPIC, "= :topic"));
            parameters.put("topic", query.topic());
        }
        if (query.text() != null) {
            filters.append(" and ").append(column).append("search_text like :text escape '\\'");
            parameters.put("text", SearchText.containing(query.text()));
        }
        if (query.corroboration() != null) {
            filters.append(" and ").append(FactCorroborations.atLevel(table, query.asOf()));
            parameters.put("corroboration", query.corroboration());
        }
        // Two periods overlap when neither ends before the other starts.
        if (query.from() != null) {
            filters.append(" and ").append(column).append("period_end >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            filters.append(" and ").append(column).append("period_start <= :to");
            parameters.put("to", query.to());
        }
    }

    /** Takes entries one at a time. */
    public interface EntryConsumer {
        void accept(TimelineEntry entry) throws IOException;
    }

    /**
     * Every entry the query finds, in timeline order, from its first page on, at most {@code max}: read a page of
     * {@value #EXPORT_PAGE} at a time, so that memory stays the same whatever the number of entries.
     */
    public void forEach(TimelineQuery query, long max, EntryConsumer consumer) throws IOException {
        TimelineQuery page = query.after(null).limit(EXPORT_PAGE);
        long taken = 0;
        while (true) {
            TimelinePage found = find(page);
            for (TimelineEntry entry : found.entries()) {
                if (taken++ >= max) {
                    return;
                }
                consumer.accept(entry);
            }
            if (found.nextCursor() == null) {
                return;
            }
            page = page.after(found.nextCursor());
        }
    }

    static int compareAsUnsignedBytes(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** The facet rows of the very version the entry row is, whose value meets {@code comparison}. */
    private static String hasFacet(String table, String facet, String comparison) {
        return "exists (select 1 from timeline_facet f where f.entry_id = " + table + ".id"
                + " and f.version = " + table + ".version and f.facet = '" + facet
                + "' and f.facet_value " + comparison + ")";
    }

    private TimelinePage page(List<Row> rows, int limit, AsOf asOf) {
        boolean more = rows.size() > limit;
        List<Row> shown = more ? rows.subList(0, limit) : rows;
        TimelineCursor next = more ? shown.get(shown.size() - 1).cursor() : null;
        return new TimelinePage(corroborated(shown, asOf), next);
    }

    /** The rows' entries, each with its fact's corroboration as it stood at the moment asked about. */
    private List<TimelineEntry> corroborated(List<Row> rows, AsOf asOf) {
        Map<UUID, String> summaries = corroborations.summaries(rows.stream().map(row -> row.cursor().id()).toList(),
                asOf);
        rows.forEach(row -> row.entry().corroboration(summaries.get(row.cursor().id())));
        return rows.stream().map(Row::entry).toList();
    }

    static Row row(ResultSet resultSet, int rowNumber) throws SQLException {
        Instant recordedAt = resultSet.getObject("recorded_at", OffsetDateTime.class).toInstant();
        TimelineCursor cursor = new TimelineCursor(resultSet.getObject("period_start", LocalDate.class), recordedAt,
                resultSet.getObject("id", UUID.class));
        String served = resultSet.getString("served");
        TimelineEntry entry = served != null ? TimelineEntry.stored(served) : new TimelineEntry(
                resultSet.getString("document"),
                EdtfDate.parse(resultSet.getString("occurred_on")), resultSet.getInt("version"),
                resultSet.getString("status"), recordedAt,
                resultSet.getObject("first_recorded_at", OffsetDateTime.class).toInstant(),
                resultSet.getString("retraction_reason"), resultSet.getString("retraction_source"));
        return new Row(cursor, entry);
    }

    record Row(TimelineCursor cursor, TimelineEntry entry) {
    }
}
