package io.diplomatictimeline.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.consumption.ChangeLogFills;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database left by the release before versions (schema version 2), full of facts that Kafka will not deliver
 * again. After the upgrade every row is version 1 of its fact, valid from its recording: the read models, the
 * digest, the histories and the change feed answer as if the facts had just been consumed, and the facts can be
 * corrected and retracted like any other.
 */
class UpgradingToVersionedReadModelsTest {

    private final List<SampleFact> story = TheStory.facts();

    @Test
    void theFactsOfTheEarlierReleaseAreTheirFirstVersionsAndCanBeCorrectedAndRetracted() {
        ReadModelDatabase earlierRelease = ReadModelDatabase.atVersion("2");
        storeAsTheEarlierReleaseDid(earlierRelease);

        earlierRelease.migrate();
        ChangeLogFills.fill(earlierRelease, EveryReadModel.projectors(earlierRelease.jdbc()));
        EveryReadModel upgraded = new EveryReadModel(earlierRelease);
        ReadModelDatabase consumedNowDatabase = ReadModelDatabase.fresh();
        EveryReadModel consumedNow = new EveryReadModel(consumedNowDatabase);
        story.forEach(consumedNow::apply);

        assertSameAnswers(upgraded, earlierRelease, consumedNow, consumedNowDatabase);
        Instant beforeAnyFact = story.get(0).recorded().recordedAt().minusSeconds(1);
        assertThat(upgraded.whatReadersSee(AsOf.at(beforeAnyFact)))
                .isEqualTo(consumedNow.whatReadersSee(AsOf.at(beforeAnyFact)));
        // The events were applied before the upgrade: delivered again, they still change nothing.
        assertThat(story.stream().map(upgraded::apply)).containsOnly(false);

        SampleFact round = story.get(ContractSamples.ALL.indexOf(ContractSamples.ROUND_HELD));
        SampleFact seizure = story.get(ContractSamples.ALL.indexOf(ContractSamples.PROPERTY_SEIZURE_RAISED));
        SampleChange redated = round.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange retraction = seizure.retracted("not raised at these talks");
        for (SampleChange change : List.of(redated, retraction)) {
            assertThat(upgraded.apply(change)).isTrue();
            consumedNow.apply(change);
        }
        assertSameAnswers(upgraded, earlierRelease, consumedNow, consumedNowDatabase);
        assertThat(upgraded.entry(round.id(), AsOf.now()).orElseThrow().get("version").asInt()).isEqualTo(2);
    }

    private void assertSameAnswers(EveryReadModel upgraded, ReadModelDatabase upgradedDatabase,
                                   EveryReadModel consumedNow, ReadModelDatabase consumedNowDatabase) {
        assertThat(upgraded.whatReadersSee()).isEqualTo(consumedNow.whatReadersSee());
        assertThat(TimelineReadModel.digest(upgradedDatabase.dataSource()))
                .isEqualTo(TimelineReadModel.digest(consumedNowDatabase.dataSource()));
        for (SampleFact fact : story) {
            assertThat(upgraded.history(fact.id())).isEqualTo(consumedNow.history(fact.id()));
        }
        assertThat(upgraded.changeLog().inRecordedOrder(null, null, 500))
                .isEqualTo(consumedNow.changeLog().inRecordedOrder(null, null, 500));
    }

    /**
     * The rows the earlier release wrote are the columns it knew of the rows this one writes for a fact as first
     * recorded: the story is consumed by this release, and each table of schema version 2 takes those columns.
     */
    private void storeAsTheEarlierReleaseDid(ReadModelDatabase earlierRelease) {
        ReadModelDatabase source = ReadModelDatabase.fresh();
        EveryReadModel readModels = new EveryReadModel(source);
        story.forEach(readModels::apply);
        for (Map.Entry<String, List<String>> table : columnsPerTable(earlierRelease.jdbc()).entrySet()) {
            String columns = String.join(", ", table.getValue());
            String parameters = table.getValue().stream().map(column -> ":" + column)
                    .collect(Collectors.joining(", "));
            for (Map<String, Object> row : source.jdbc().sql("select " + columns + " from " + table.getKey())
                    .query().listOfRows()) {
                earlierRelease.jdbc().sql("insert into " + table.getKey() + " (" + columns + ") values ("
                        + parameters + ")").params(lowercaseKeys(row)).update();
            }
        }
        assertThat(earlierRelease.jdbc().sql("select count(*) from timeline_entry").query(Long.class).single())
                .isEqualTo(story.size());
    }

    private static Map<String, List<String>> columnsPerTable(JdbcClient jdbc) {
        return jdbc.sql("""
                        select lower(table_name) as table_name, lower(column_name) as column_name
                        from information_schema.columns
                        where table_schema = 'PUBLIC' and lower(table_name) <> 'flyway_schema_history'
                        order by table_name, ordinal_position""")
                .query((row, number) -> Map.entry(row.getString("table_name"), row.getString("column_name")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Map<String, Object> lowercaseKeys(Map<String, Object> row) {
        Map<String, Object> lowercase = new HashMap<>();
        row.forEach((column, value) -> lowercase.put(column.toLowerCase(Locale.ROOT), value));
        return lowercase;
    }
}
