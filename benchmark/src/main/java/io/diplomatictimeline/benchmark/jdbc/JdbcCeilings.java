package io.diplomatictimeline.benchmark.jdbc;

import io.diplomatictimeline.benchmark.cpu.CpuPerUnit;
import io.diplomatictimeline.benchmark.cpu.OwnCpu;
import io.diplomatictimeline.benchmark.facts.DataPlan;
import io.diplomatictimeline.benchmark.facts.Facts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The database ceilings: how many facts per second this machine can store, by plain JDBC batched inserts into an H2
 * file, in the rows the services write for each fact. Everything the services do besides (HTTP, JSON, checking the
 * rules, Axon, Kafka) is what the ratio to this ceiling measures. Only the inserts and commits are timed, not the
 * making of the rows' values. The same windows give the CPU time of this process (H2 runs embedded in it) per row:
 * the ceiling of cpu_per_fact_bulk_us.
 *
 * <ul>
 *   <li>{@link #eventStore}: timeline-service's rows for a fact, an Axon domain event entry and a fact receipt; the
 *   ceiling of ingest_bulk, committed once per batch as a bulk request is.</li>
 *   <li>{@link #readModel}: projection-service's rows for a new fact (one with no actors, place or topics, as the
 *   benchmark's are): the applied-event id, the change-log row and the timeline entry; the ceiling of
 *   rebuild_rate.</li>
 * </ul>
 */
public final class JdbcCeilings {

    private final Path repo;
    private final Path directory;

    public JdbcCeilings(Path repo, Path directory) {
        this.repo = repo;
        this.directory = directory;
    }

    /** What one ceiling measured: rows inserted, the time the inserts and commits took and the CPU they used. */
    public record Run(long rows, long timedNanos, long cpuNanos) {

        /** @return rows per second */
        public double rate() {
            return rows / (timedNanos / 1e9);
        }

        /** @return this process's CPU per row, over the timed inserts and commits only */
        public CpuPerUnit cpuPerRow() {
            return new CpuPerUnit(cpuNanos, rows);
        }
    }

    /** @return one row of each of timeline-service's tables per fact, as facts per second and CPU per fact */
    public Run eventStore(DataPlan plan, int batchSize) throws Exception {
        CeilingDatabase database = CeilingDatabase.create(directory.resolve("timeline"), "timeline",
                repo.resolve("timeline-service/src/main/resources/db/migration/h2"));
        try (Connection connection = database.connect();
             PreparedStatement events = connection.prepareStatement("""
                     insert into DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,
                         metaData, payload, payloadRevision, payloadType, timeStamp)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement receipts = connection.prepareStatement("""
                     insert into fact_receipt (fact_id, track, type, sequence, recorded_at, fingerprint)
                     values (?, ?, ?, ?, ?, ?)""")) {
            return insert(plan, batchSize, connection, (rows, values) -> {
                events.setString(1, rows.planned.track());
                events.setLong(2, rows.planned.sequence() - 1);
                events.setString(3, "Track");
                events.setString(4, rows.id.toString());
                events.setBytes(5, values.metaData);
                events.setBytes(6, values.payload);
                events.setString(7, null);
                events.setString(8, "io.diplomatictimeline.timeline.expulsion.DiplomatsExpelled");
                events.setString(9, rows.recordedAt.toString());
                events.addBatch();
                receipts.setObject(1, rows.id);
                receipts.setString(2, rows.planned.track());
                receipts.setString(3, Facts.TYPE);
                receipts.setLong(4, rows.planned.sequence());
                receipts.setObject(5, rows.recordedAt.atOffset(ZoneOffset.UTC));
                receipts.setString(6, values.fingerprint);
                receipts.addBatch();
            }, rows -> new Values(rows.eventPayload(), rows.eventMetaData(), rows.fingerprint(), null, null, null),
                    events, receipts);
        } finally {
            database.shutdown();
        }
    }

    /** @return one row of each of projection-service's tables per fact, as events per second and CPU per event */
    public Run readModel(DataPlan plan, int batchSize) throws Exception {
        CeilingDatabase database = CeilingDatabase.create(directory.resolve("projection"), "projection",
                repo.resolve("projection-service/src/main/resources/db/migration/h2"));
        try (Connection connection = database.connect();
             PreparedStatement applied = connection.prepareStatement(
                     "insert into applied_event (event_id, applied_at) values (?, ?)");
             PreparedStatement changes = connection.prepareStatement("""
                     insert into fact_change (event_id, fact_id, track, fact_type, kind, version, recorded_at, data,
                         log_position)
                     values (?, ?, ?, ?, 'created', 1, ?, ?, ?)""");
             PreparedStatement entries = connection.prepareStatement("""
                     insert into timeline_entry (id, version, status, track, type, occurred_on, period_start,
                         period_end, recorded_at, first_recorded_at, sequence, document, search_text, served)
                     values (?, 1, 'current', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            long[] logPosition = {0};
            return insert(plan, batchSize, connection, (rows, values) -> {
                applied.setString(1, rows.id.toString());
                applied.setTimestamp(2, Timestamp.from(rows.recordedAt));
                applied.addBatch();
                OffsetDateTime recordedAt = rows.recordedAt.atOffset(ZoneOffset.UTC);
                changes.setObject(1, rows.id);
                changes.setObject(2, rows.id);
                changes.setString(3, rows.planned.track());
                changes.setString(4, Facts.TYPE);
                changes.setObject(5, recordedAt);
                changes.setString(6, values.document);
                changes.setLong(7, ++logPosition[0]);
                changes.addBatch();
                entries.setObject(1, rows.id);
                entries.setString(2, rows.planned.track());
                entries.setString(3, Facts.TYPE);
                entries.setString(4, rows.planned.occurredOn().toString());
                entries.setObject(5, rows.planned.occurredOn());
                entries.setObject(6, rows.planned.occurredOn());
                entries.setObject(7, recordedAt);
                entries.setObject(8, recordedAt);
                entries.setLong(9, rows.planned.sequence());
                entries.setString(10, values.document);
                entries.setString(11, values.searchText);
                entries.setString(12, values.served);
                entries.addBatch();
            }, rows -> {
                String document = rows.document();
                return new Values(null, null, null, document, rows.searchText(), rows.served(document));
            }, applied, changes, entries);
        } finally {
            database.shutdown();
        }
    }

    /** Makes each batch's values untimed, then times binding, executing and committing them. */
    private static Run insert(DataPlan plan, int batchSize, Connection connection, Binder binder, Maker maker,
                              PreparedStatement... statements) throws Exception {
        List<Rows> batch = new ArrayList<>(batchSize);
        List<Values> values = new ArrayList<>(batchSize);
        long[] timed = {0};
        long[] cpu = {0};
        plan.forEach(planned -> {
            Rows rows = new Rows(planned);
            batch.add(rows);
            values.add(maker.make(rows));
            if (batch.size() == batchSize) {
                write(connection, binder, batch, values, timed, cpu, statements);
            }
        });
        write(connection, binder, batch, values, timed, cpu, statements);
        return new Run(plan.total(), timed[0], cpu[0]);
    }

    /** Adds the batch's wall-clock time to timed[0] and this process's CPU time for it to cpu[0]. */
    private static void write(Connection connection, Binder binder, List<Rows> batch, List<Values> values,
                              long[] timed, long[] cpu, PreparedStatement... statements) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        long cpuStart = OwnCpu.nanos();
        long start = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            binder.bind(batch.get(i), values.get(i));
        }
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
        timed[0] += System.nanoTime() - start;
        cpu[0] += OwnCpu.nanos() - cpuStart;
        batch.clear();
        values.clear();
    }

    private record Values(byte[] payload, byte[] metaData, String fingerprint, String document, String searchText,
                          String served) {
    }

    private interface Binder {
        void bind(Rows rows, Values values) throws SQLException;
    }

    private interface Maker {
        Values make(Rows rows);
    }
}
