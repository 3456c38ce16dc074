package io.diplomatictimeline.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database left by the release that had the timeline only: its facts were consumed then, and Kafka will not
 * deliver them again. After the upgrade, every read model must know them as if they had just been consumed.
 */
class UpgradingFromATimelineOnlyDatabaseTest {

    private final List<SampleFact> story = TheStory.facts();

    @Test
    void theFactsOnTheTimelineAreReplayedIntoEveryReadModelOnce() {
        ReadModelDatabase earlierRelease = ReadModelDatabase.atVersion("1");
        story.forEach(fact -> storeAsTheTimelineOnlyReleaseDid(earlierRelease, fact.recorded()));

        earlierRelease.migrate();
        int replayed = earlierRelease.replayStoredFacts(EveryReadModel.projectors(earlierRelease.jdbc()));
        int replayedAgain = earlierRelease.replayStoredFacts(EveryReadModel.projectors(earlierRelease.jdbc()));
        EveryReadModel upgraded = new EveryReadModel(earlierRelease);
        ReadModelDatabase consumedNowDatabase = ReadModelDatabase.fresh();
        EveryReadModel consumedNow = new EveryReadModel(consumedNowDatabase);
        story.forEach(consumedNow::apply);

        assertThat(replayed).isEqualTo(story.size());
        assertThat(replayedAgain).isZero();
        assertThat(upgraded.whatReadersSee()).isEqualTo(consumedNow.whatReadersSee());
        assertThat(TimelineReadModel.digest(earlierRelease.dataSource()))
                .isEqualTo(TimelineReadModel.digest(consumedNowDatabase.dataSource()));
        assertThat(upgraded.history(story.get(0).id())).isEqualTo(consumedNow.history(story.get(0).id()));
        // The events were applied before the upgrade: delivered again, they still change nothing.
        assertThat(story.stream().map(upgraded::apply)).containsOnly(false);
    }

    /** As the V1 TimelineEntries and AppliedEvents wrote them. */
    private static void storeAsTheTimelineOnlyReleaseDid(ReadModelDatabase database, RecordedFact fact) {
        database.jdbc().sql("""
                        insert into timeline_entry
                            (id, track, type, occurred_on, period_start, period_end, recorded_at, sequence, document)
                        values
                            (:id, :track, :type, :occurredOn, :periodStart, :periodEnd, :recordedAt, :sequence,
                             :document)""")
                .param("id", fact.id())
                .param("track", fact.track())
                .param("type", fact.type())
                .param("occurredOn", fact.occurredOn().toString())
                .param("periodStart", fact.occurredOn().earliest())
                .param("periodEnd", fact.occurredOn().latest())
                .param("recordedAt", fact.recordedAt().atOffset(ZoneOffset.UTC))
                .param("sequence", fact.sequence())
                .param("document", fact.document().toString())
                .update();
        database.jdbc().sql("insert into applied_event (event_id, applied_at) values (:id, current_timestamp)")
                .param("id", fact.id().toString())
                .update();
    }
}
