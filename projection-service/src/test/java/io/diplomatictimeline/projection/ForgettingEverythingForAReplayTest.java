package io.diplomatictimeline.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A replay empties every read model before it consumes the topic again. Every table the migrations create is
 * checked, so a read model added later that forgets one of its tables fails here rather than in a replay.
 */
class ForgettingEverythingForAReplayTest {

    /**
     * Not a read model: Flyway's history, facts an upgrade left to replay at start-up, the mark of an emptying under
     * way, how far new read models were filled from the change log, and the change log's counter (positions go on
     * after a replay, so a live stream's token from before it is known to be too old).
     */
    private static final List<String> KEPT = List.of("flyway_schema_history", "fact_to_replay",
            "read_model_reset", "read_model_to_fill", "change_log_position");

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final EveryReadModel readModels = new EveryReadModel(database);

    @Test
    void everyReadModelAndEveryAppliedEventAreForgottenAndTheSameFactsAreTakenInAgain() {
        SampleFact[] story = TheStory.facts().toArray(SampleFact[]::new);
        readModels.applyAll(story);
        JsonNode before = readModels.whatReadersSee();
        assertThat(rowsPerTable().values()).allMatch(rows -> rows > 0);

        readModels.forgetEverything();

        assertThat(rowsPerTable()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(readModels.appliedCount()).isZero();
        readModels.applyAll(story);
        assertThat(readModels.whatReadersSee()).isEqualTo(before);
    }

    @Test
    void anEmptyingStoppedHalfWayByACrashIsFinishedAtTheNextStartBeforeAnythingIsTakenInAgain() {
        SampleFact[] story = TheStory.facts().toArray(SampleFact[]::new);
        readModels.applyAll(story);
        JsonNode before = readModels.whatReadersSee();
        // The replay marked the emptying, emptied the timeline, and the process was killed.
        database.markResetBegun();
        database.jdbc().sql("truncate table timeline_entry").update();

        database.startAgain(database.projecting(EveryReadModel.projectors(database.jdbc())));

        assertThat(rowsPerTable()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(database.jdbc().sql("select count(*) from read_model_reset").query(Long.class).single()).isZero();
        readModels.applyAll(story);
        assertThat(readModels.whatReadersSee()).isEqualTo(before);
    }

    private Map<String, Long> rowsPerTable() {
        JdbcClient jdbc = database.jdbc();
        return jdbc.sql("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'")
                .query(String.class).list().stream()
                .filter(table -> !KEPT.contains(table))
                .collect(Collectors.toMap(table -> table,
                        table -> jdbc.sql("select count(*) from " + table).query(Long.class).single()));
    }
}
