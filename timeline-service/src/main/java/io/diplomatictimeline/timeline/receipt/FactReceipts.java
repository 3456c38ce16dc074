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
}
