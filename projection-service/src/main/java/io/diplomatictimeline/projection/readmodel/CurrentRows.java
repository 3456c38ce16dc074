package io.diplomatictimeline.projection.readmodel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Closes the current rows of a fact in a read model's table: they stay, as what was known until then. */
public final class CurrentRows {

    private CurrentRows() {
    }

    /**
     * @param table        a read model's table, with {@code valid_to}
     * @param factIdColumn the column holding the id of the fact a row comes from
     */
    public static void close(JdbcClient jdbc, String table, String factIdColumn, UUID factId, Instant at) {
        jdbc.sql("update " + table + " set valid_to = :at where " + factIdColumn + " = :factId and valid_to is null")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("factId", factId)
                .update();
    }
}
