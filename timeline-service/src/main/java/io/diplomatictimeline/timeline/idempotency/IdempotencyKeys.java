package io.diplomatictimeline.timeline.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency_key table. Each statement commits on its own: a key must be visible to every instance as soon
 * as it is claimed, long before the fact it guards is stored. The primary key (client, key) lets one claim win.
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredKey> find(String client, IdempotencyKey key) {
        return jdbc.sql("""
                        SELECT fingerprint, fact_id, created_at, completed_at, expires_at
                        FROM idempotency_key WHERE client = ? AND idempotency_key = ?""")
                .params(column(client), key.value())
                .query((row, n) -> new StoredKey(row.getString("fingerprint"), row.getObject("fact_id", UUID.class),
                        instant(row.getObject("created_at", OffsetDateTime.class)),
                        instant(row.getObject("completed_at", OffsetDateTime.class)),
                        instant(row.getObject("expires_at", OffsetDateTime.class))))
                .optional();
    }

    /** False when another request claimed the key first. */
    boolean claim(String client, IdempotencyKey key, String fingerprint, UUID factId, Instant now, Instant expires) {
        try {
            jdbc.sql("""
                            INSERT INTO idempotency_key (client, idempotency_key, fingerprint, fact_id, created_at, expires_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(column(client), key.value(), fingerprint, factId, utc(now), utc(expires))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Claims a key whose row expired, or whose request was abandoned in flight; false if another got it first. */
    boolean takeOver(String client, IdempotencyKey key, String fingerprint, UUID factId, Instant now, Instant expires,
                     Instant abandonedBefore) {
        return jdbc.sql("""
                        UPDATE idempotency_key
                        SET fingerprint = ?, fact_id = ?, created_at = ?, completed_at = NULL, expires_at = ?
                        WHERE client = ? AND idempotency_key = ?
                          AND (expires_at < ? OR (completed_at IS NULL AND created_at < ?))""")
                .params(fingerprint, factId, utc(now), utc(expires), column(client), key.value(), utc(now),
                        utc(abandonedBefore))
                .update() == 1;
    }

    void complete(String client, IdempotencyKey key, Instant now) {
        jdbc.sql("UPDATE idempotency_key SET completed_at = ? WHERE client = ? AND idempotency_key = ?")
                .params(utc(now), column(client), key.value())
                .update();
    }

    /** Forgets a claim whose request was refused, so the key can carry a corrected request. */
    void release(String client, IdempotencyKey key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE client = ? AND idempotency_key = ? AND completed_at IS NULL")
                .params(column(client), key.value())
                .update();
    }

    int purgeExpired(Instant now) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < ?").param(utc(now)).update();
    }

    /** A client's name as stored: as it is, unless longer than the column, as a JWT subject may be. */
    static String column(String client) {
        if (client.length() <= 255) {
            return client;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    record StoredKey(String fingerprint, UUID factId, Instant createdAt, Instant completedAt, Instant expiresAt) {
    }
}
