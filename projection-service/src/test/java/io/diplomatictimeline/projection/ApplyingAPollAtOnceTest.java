package io.diplomatictimeline.projection;

import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consumer applies a whole poll of the topic at once, in one transaction, the rows of its facts written in
 * batches. The read models must come out exactly as they do when the same events are applied one at a time: a
 * correction or retraction of a fact that came earlier in the same poll included, an event delivered twice in one
 * poll applied once, and a poll delivered again changing nothing.
 */
class ApplyingAPollAtOnceTest {

    private final ReadModelDatabase oneAtATime = ReadModelDatabase.fresh();
    private final ReadModelDatabase atOnce = ReadModelDatabase.fresh();
    private final FactProjections polls = atOnce.projecting(EveryReadModel.projectors(atOnce.jdbc()));

    @Test
    void aPollWithCorrectionsAndRetractionsOfItsOwnFactsEndsAsTheEventsAppliedOneAtATime() {
        List<SampleFact> story = TheStory.facts();
        SampleFact round = fact(story, ROUND_HELD);
        SampleFact dispute = fact(story, DISPUTE_RAISED);
        List<FactChange> poll = new ArrayList<>();
        story.forEach(fact -> poll.add(FactChange.created(fact.recorded())));
        FactChange redated = round.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"))
                .change();
        FactChange retitled = round.corrected("a better title", fact -> fact.put("title", "Round two")).change();
        FactChange withdrawn = dispute.retracted("never raised").change();
        poll.add(redated);
        poll.add(FactChange.created(story.get(0).recorded()));
        poll.add(retitled);
        poll.add(withdrawn);
        poll.add(retitled);

        FactProjections.Applied applied = polls.applyInOrder(poll);
        EveryReadModel reference = new EveryReadModel(oneAtATime);
        poll.forEach(reference::apply);

        assertThat(applied.applied()).isEqualTo(story.size() + 3);
        assertThat(applied.through()).isEqualTo(poll.size());
        assertThat(applied.refusal()).isNull();
        EveryReadModel batched = new EveryReadModel(atOnce);
        assertThat(batched.whatReadersSee()).isEqualTo(reference.whatReadersSee());
        for (FactChange change : List.of(redated, retitled, withdrawn)) {
            AsOf justBefore = AsOf.at(change.recordedAt().minusNanos(1000));
            assertThat(batched.whatReadersSee(justBefore)).isEqualTo(reference.whatReadersSee(justBefore));
        }
        assertThat(batched.history(round.id())).isEqualTo(reference.history(round.id()));
        assertThat(TimelineReadModel.digest(atOnce.dataSource()))
                .isEqualTo(TimelineReadModel.digest(oneAtATime.dataSource()));
        JsonNode entry = batched.entry(round.id(), AsOf.now()).orElseThrow();
        assertThat(entry.get("version").asInt()).isEqualTo(3);
        assertThat(entry.get("title").asText()).isEqualTo("Round two");
    }

    @Test
    void aPollDeliveredAgainChangesNothing() {
        List<FactChange> poll = new ArrayList<>();
        TheStory.facts().forEach(fact -> poll.add(FactChange.created(fact.recorded())));
        polls.applyInOrder(poll);
        EveryReadModel readModels = new EveryReadModel(atOnce);
        JsonNode seen = readModels.whatReadersSee();

        FactProjections.Applied again = polls.applyInOrder(poll);

        assertThat(again.applied()).isZero();
        assertThat(again.through()).isEqualTo(poll.size());
        assertThat(readModels.whatReadersSee()).isEqualTo(seen);
        assertThat(readModels.appliedCount()).isEqualTo(poll.size());
    }

    @Test
    void aRefusedChangeStopsThePollAtItsPlaceAndTheEventsBeforeItAreApplied() {
        List<SampleFact> story = TheStory.facts();
        SampleFact neverRecorded = SampleFact.of(ROUND_HELD).on(TheStory.TRACK);
        List<FactChange> before = new ArrayList<>();
        story.subList(0, 3).forEach(fact -> before.add(FactChange.created(fact.recorded())));
        List<FactChange> poll = new ArrayList<>(before);
        poll.add(neverRecorded.retracted("no such round").change());
        story.subList(3, story.size()).forEach(fact -> poll.add(FactChange.created(fact.recorded())));

        FactProjections.Applied applied = polls.applyInOrder(poll);

        assertThat(applied.through()).isEqualTo(before.size());
        assertThat(applied.applied()).isEqualTo(before.size());
        assertThat(applied.refusal().unknownFact()).isTrue();
        assertThat(applied.refusal().getMessage()).contains(neverRecorded.id().toString());
        EveryReadModel reference = new EveryReadModel(oneAtATime);
        before.forEach(reference::apply);
        assertThat(new EveryReadModel(atOnce).whatReadersSee()).isEqualTo(reference.whatReadersSee());
        assertThat(new EveryReadModel(atOnce).appliedCount()).isEqualTo(before.size());
    }

    private static SampleFact fact(List<SampleFact> story, String type) {
        return story.stream().filter(fact -> fact.document().get("type").asText().equals(type)).findFirst()
                .orElseThrow();
    }
}
