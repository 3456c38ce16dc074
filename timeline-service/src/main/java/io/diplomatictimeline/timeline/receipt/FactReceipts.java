package io.diplomatictimeline.timeline.receipt;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The receipt of every accepted fact, by id: how a retry is told from a new fact reusing an id. */
@Repository
public class FactReceipts {

    private final JdbcClient jdbc;

    public FactReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredReceipt> find(UUID factId) {
        return jdbc.sql("SELECT fact_id, track, type, sequence, recorded_at, fingerprint FROM fact_receipt WHERE fact_id = ?")
                .param(factId)
                .query(FactReceipts::stored)
                .optional();
    }

    /** The receipts of those of the given facts that were recorded, in one query (a batch asks for up to 1000). */
    public Map<UUID, StoredReceipt> findAll(Collection<UUID> factIds) {
        if (factIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT fact_id, track, type, sequence, recorded_at, fingerprint FROM fact_receipt WHERE fact_id IN (:ids)")
                .param("ids", factIds)
                .query(FactReceipts::stored)
                .list() // not stream(): a stream holds its connection until closed
                .stream()
                .collect(Collectors.toMap(stored -> stored.receipt().id(), Function.identity()));
    }

    private static StoredReceipt stored(ResultSet row, int n) throws SQLException {
        return new StoredReceipt(
                new FactReceipt(row.getObject("fact_id", UUID.class), row.getString("track"),
                        row.getString("type"), row.getLong("sequence"),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant()),
                row.getString("fingerprint"));
    }

    /** Fails on a second receipt for the same id, which rolls back the fact that tried to reuse it. */
    void add(FactReceipt receipt, String fingerprint) {
        jdbc.sql("INSERT INTO fact_receipt (fact_id, track, type, sequence, recorded_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?)")
                .params(receipt.id(), receipt.track(), receipt.type(), receipt.sequence(),
                        receipt.recordedAt().atOffset(ZoneOffset.UTC), fingerprint)
                .update();
    }

    public record StoredReceipt(FactReceipt receipt, String fingerprint) {
    }

    /** Where a fact stands now: its first receipt, its version and status, and where its events are on its track. */
    public Optional<FactVersion> version(UUID factId) {
        return jdbc.sql("""
                        SELECT fact_id, track, type, sequence, recorded_at, version, status,
                               COALESCE(version_sequence, sequence) AS version_sequence,
                               COALESCE(content_sequence, sequence) AS content_sequence
                        FROM fact_receipt WHERE fact_id = ?""")
                .param(factId)
                .query((row, n) -> new FactVersion(
                        new FactReceipt(row.getObject("fact_id", UUID.class), row.getString("track"),
                                row.getString("type"), row.getLong("sequence"),
                                row.getObject("recorded_at", OffsetDateTime.class).toInstant()),
                        row.getInt("version"), row.getString("status"), row.getLong("version_sequence"),
                        row.getLong("content_sequence")))
                .optional();
    }

    /** Whether {@code id} is the id of a correction, a retraction or an added source, which no new fact may take. */
    public boolean isChangeId(UUID id) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM fact_change WHERE change_id = ?)
                             + (SELECT COUNT(*) FROM fact_source WHERE change_id = ?)""")
                .params(id, id).query(Long.class).single() > 0;
    }

    /** Change {@code changeId} added a source to the fact; the fact's version and wording stay. */
    void sourceAdded(UUID changeId, UUID factId, long sequence) {
        jdbc.sql("INSERT INTO fact_source (change_id, fact_id, sequence) VALUES (?, ?, ?)")
                .params(changeId, factId, sequence)
                .update();
    }

    /** Change {@code changeId} corrected the fact: its new wording is the event at {@code sequence}. */
    void corrected(UUID changeId, UUID factId, int version, long sequence) {
        change(jdbc.sql("""
                UPDATE fact_receipt SET version = ?, status = 'current', version_sequence = ?, content_sequence = ?
                WHERE fact_id = ? AND version = ?""")
                .params(version, sequence, sequence, factId, version - 1), factId, version);
        addChange(changeId, factId, version, sequence);
    }

    /** Change {@code changeId} retracted the fact, which keeps the wording it had. */
    void retracted(UUID changeId, UUID factId, int version, long sequence) {
        change(jdbc.sql("""
                UPDATE fact_receipt SET version = ?, status = 'retracted', version_sequence = ?
                WHERE fact_id = ? AND version = ?""")
                .params(version, sequence, factId, version - 1), factId, version);
        addChange(changeId, factId, version, sequence);
    }

    /**
     * Versions follow one another: a change that finds its fact at another version than the one before its own
     * fails, which rolls its event back with it.
     */
    private static void change(JdbcClient.StatementSpec update, UUID factId, int version) {
        if (update.update() != 1) {
            throw new IllegalStateException("fact " + factId + " has no receipt at version " + (version - 1));
        }
    }

    private void addChange(UUID changeId, UUID factId, int version, long sequence) {
        jdbc.sql("INSERT INTO fact_change (change_id, fact_id, version, sequence) VALUES (?, ?, ?, ?)")
                .params(changeId, factId, version, sequence)
                .update();
    }

    /**
     * A fact as it stands: its first {@code receipt}; its {@code version} and {@code status} (current or retracted);
     * the sequence of the event that made this version, and of the event that holds its current wording (the fact
     * itself, or its latest correction).
     */
    public record FactVersion(FactReceipt receipt, int version, String status, long versionSequence,
                              long contentSequence) {
    }
}
