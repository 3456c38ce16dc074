package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Rebuilds the read models from facts this service stored before those read models existed. Kafka will not deliver
 * those facts again (their offsets are committed), but the timeline kept every one of them whole: a migration moves
 * them into {@code fact_to_replay} (V2 does, for the read models it adds), and this applies each to every read model
 * again, at start-up, before the first record is consumed and before the first query is answered.
 *
 * <p>Each fact leaves the replay table in the transaction that applies it, so a crash half-way resumes where it
 * stopped, and two instances starting together never apply the same fact twice.
 */
@Component
class StoredFactReplay extends StartUpStep {

    private static final Logger log = LoggerFactory.getLogger(StoredFactReplay.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final FactProjections projections;
    private final TransactionOperations transactions;
    private final ObjectMapper json;

    StoredFactReplay(JdbcClient jdbc, FactProjections projections, TransactionOperations transactions,
                     ObjectMapper json) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.transactions = transactions;
        this.json = json;
    }

    /** @return how many facts this call applied */
    int replay() {
        int replayed = 0;
        List<RecordedFact> batch;
        while (!(batch = nextBatch()).isEmpty()) {
            for (RecordedFact fact : batch) {
                if (Boolean.TRUE.equals(transactions.execute(status -> replay(fact)))) {
                    replayed++;
                }
            }
        }
        return replayed;
    }

    private boolean replay(RecordedFact fact) {
        // Deleting first takes the row's lock: another instance replaying the same fact waits, then finds it gone.
        int taken = jdbc.sql("delete from fact_to_replay where id = :id").param("id", fact.id()).update();
        if (taken == 1) {
            projections.applyAgain(List.of(fact));
        }
        return taken == 1;
    }

    private List<RecordedFact> nextBatch() {
        return jdbc.sql("""
                        select id, type, track, occurred_on, recorded_at, sequence, document
                        from fact_to_replay order by recorded_at, id limit :batch""")
                .param("batch", BATCH)
                .query(this::fact)
                .list();
    }

    private RecordedFact fact(ResultSet row, int rowNumber) throws SQLException {
        long sequence = row.getLong("sequence");
        Long knownSequence = row.wasNull() ? null : sequence;
        return new RecordedFact(row.getObject("id", UUID.class), row.getString("type"), row.getString("track"),
                EdtfDate.parse(row.getString("occurred_on")),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                knownSequence, document(row.getString("document")));
    }

    private ObjectNode document(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fact is not JSON", e);
        }
    }

    @Override
    protected void run() {
        int replayed = replay();
        if (replayed > 0) {
            log.info("Applied {} stored facts to the read models that did not have them yet", replayed);
        }
    }


    /** Before the Kafka listener containers (phase Integer.MAX_VALUE - 100) and the web server start. */
    @Override
    public int getPhase() {
        return 0;
    }
}
