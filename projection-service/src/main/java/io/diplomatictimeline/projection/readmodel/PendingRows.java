package io.diplomatictimeline.projection.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The rows the read models add for a run of events, kept until {@link #flush} writes them: each statement once, as
 * one JDBC batch of all its rows, instead of a round trip per row. Statements run in the order they were first
 * added, and each one's rows in the order they were added.
 *
 * <p>Only inserts of new rows wait here. Whatever reads or changes rows already written (closing a fact's current
 * rows, a retraction's copy of the last version) must flush first, or it would not see the rows still waiting.
 */
public final class PendingRows {

    private final Map<String, List<SqlParameterSource>> rowsByStatement = new LinkedHashMap<>();

    /** Adds a row for an insert statement with named parameters. */
    public void add(String insert, MapSqlParameterSource row) {
        rowsByStatement.computeIfAbsent(insert, statement -> new ArrayList<>()).add(row);
    }

    public boolean isEmpty() {
        return rowsByStatement.isEmpty();
    }

    /** Writes every row waiting, in the caller's transaction, and forgets them. */
    public void flush(NamedParameterJdbcOperations jdbc) {
        for (Map.Entry<String, List<SqlParameterSource>> statement : rowsByStatement.entrySet()) {
            jdbc.batchUpdate(statement.getKey(), statement.getValue().toArray(SqlParameterSource[]::new));
        }
        rowsByStatement.clear();
    }
}
