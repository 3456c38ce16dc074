package io.diplomatictimeline.projection.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.TheStory;
import io.diplomatictimeline.projection.readmodel.AddedReadModel;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.LoggedChange;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read models this release adds are filled, at its first start, from the change log of the events applied before:
 * afterwards they answer as if they had taken in every event as it came, now and as of any instant.
 */
class FillingAddedReadModelsFromTheChangeLogTest {

    private final List<SampleFact> story = TheStory.facts();
    private final List<Object> events = new ArrayList<>(story);

    FillingAddedReadModelsFromTheChangeLogTest() {
        SampleFact round = story.get(1);
        SampleFact seizure = story.get(story.size() - 2);
        events.add(round.sourceAdded("TASS", "confirms"));
        events.add(round.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04-11")));
        events.add(round.sourceAdded("Example Wire", "disputes"));
        events.add(seizure.retracted("not a seizure after all"));
    }

    /** What the earlier release had: every read model but those added, fed every event. */
    private static FactProjection[] earlierReadModels(ReadModelDatabase database) {
        return Arrays.stream(EveryReadModel.projectors(database.jdbc()))
                .filter(projection -> !(projection instanceof AddedReadModel)).toArray(FactProjection[]::new);
    }

    private static FactChange change(Object event) {
        return event instanceof SampleFact fact ? FactChange.created(fact.recorded()) : ((SampleChange) event).change();
    }

    private static Instant recordedAt(Object event) {
        return change(event).recordedAt();
    }

    /** Every read model of this release, fed every event as it came. */
    private final EveryReadModel consumedNow = new EveryReadModel();

    @Test
    void theAddedReadModelsAnswerAsIfTheyHadTakenInEveryEventAsItCame() {
        events.forEach(event -> consumedNow.apply(change(event)));
        ReadModelDatabase upgraded = ReadModelDatabase.fresh();
        FactProjections earlier = upgraded.projecting(earlierReadModels(upgraded));
        events.forEach(event -> earlier.apply(change(event)));

        long filled = ChangeLogFills.fill(upgraded, EveryReadModel.projectors(upgraded.jdbc()));

        assertThat(filled).isEqualTo(3L * events.size());
        assertSameAnswers(new EveryReadModel(upgraded), consumedNow);
        assertThat(upgraded.jdbc().sql("select count(*) from read_model_to_fill").query(Long.class).single()).isZero();
        assertThat(ChangeLogFills.fill(upgraded, EveryReadModel.projectors(upgraded.jdbc()))).isZero();
    }

    @Test
    void aFillStoppedHalfWayResumesWhereItStopped() {
        events.forEach(event -> consumedNow.apply(change(event)));
        ReadModelDatabase upgraded = ReadModelDatabase.fresh();
        EveryReadModel readModels = new EveryReadModel(upgraded);
        // The first half taken in by every read model, as if filled before a crash, which left the place reached.
        int half = events.size() / 2;
        events.subList(0, half).forEach(event -> readModels.apply(change(event)));
        LoggedChange last = upgraded.changeLog().inRecordedOrder(null, null, half).get(half - 1);
        upgraded.jdbc().sql("update read_model_to_fill set after_recorded_at = :at, after_event_id = :id")
                .param("at", last.recordedAt().atOffset(ZoneOffset.UTC)).param("id", last.eventId()).update();
        FactProjections earlier = upgraded.projecting(earlierReadModels(upgraded));
        events.subList(half, events.size()).forEach(event -> earlier.apply(change(event)));

        long filled = ChangeLogFills.fill(upgraded, EveryReadModel.projectors(upgraded.jdbc()));

        assertThat(filled).isEqualTo(3L * (events.size() - half));
        assertSameAnswers(readModels, consumedNow);
    }

    private void assertSameAnswers(EveryReadModel upgraded, EveryReadModel consumedNow) {
        assertThat(upgraded.whatReadersSee()).isEqualTo(consumedNow.whatReadersSee());
        for (Object event : events) {
            AsOf then = AsOf.at(recordedAt(event));
            assertThat(upgraded.whatReadersSee(then)).as("as of %s", then).isEqualTo(consumedNow.whatReadersSee(then));
        }
    }
}
