package io.diplomatictimeline.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table of every read model keeps versions valid in transaction time, and a retraction closes the fact's rows
 * in each: checked over every table the migrations create, so a read model added later that forgets a table, or
 * forgets to close it, fails here rather than by showing a retracted fact.
 */
class RetractingEveryFactTest {

    /**
     * Not read models: Flyway's history, facts an upgrade left to replay, the applied events, the change log and its
     * counter, the mark of an emptying under way, how far new read models were filled from the change log.
     */
    private static final List<String> NOT_VERSIONED = List.of("flyway_schema_history", "fact_to_replay",
            "applied_event", "fact_change", "change_log_position", "read_model_reset", "read_model_to_fill",
            // a version's facets belong to the timeline row of that version, and share its validity
            "timeline_facet");

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final EveryReadModel readModels = new EveryReadModel(database);

    @Test
    void everyReadModelTableHasVersionsAndARetractionClosesTheFactsRowsInEach() {
        List<SampleFact> story = TheStory.facts();
        story.forEach(readModels::apply);
        AsOf allKnown = AsOf.at(story.get(story.size() - 1).recorded().recordedAt());
        String seenBefore = readModels.whatReadersSee(allKnown).toString();
        assertThat(currentRowsPerTable().values()).allMatch(rows -> rows > 0);

        story.forEach(fact -> readModels.apply(fact.retracted("withdrawn")));

        // The timeline keeps a row saying each fact was retracted, with the corroboration it had then.
        assertThat(currentRowsPerTable()).allSatisfy((table, rows) -> assertThat(rows).as(table)
                .isEqualTo(List.of("timeline_entry", "fact_corroboration").contains(table) ? story.size() : 0));
        assertThat(database.jdbc().sql("select count(*) from timeline_entry where valid_to is null"
                + " and status <> 'retracted'").query(Long.class).single()).isZero();
        assertThat(readModels.whatReadersSee(allKnown).toString()).isEqualTo(seenBefore);
    }

    /** The rows of each read model's table valid now; fails on a table without validity. */
    private Map<String, Long> currentRowsPerTable() {
        JdbcClient jdbc = database.jdbc();
        return jdbc.sql("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'")
                .query(String.class).list().stream()
                .filter(table -> !NOT_VERSIONED.contains(table))
                .collect(Collectors.toMap(table -> table, table -> jdbc
                        .sql("select count(*) from " + table + " where valid_to is null")
                        .query(Long.class).single()));
    }
}
