package io.diplomatictimeline.projection.responses;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.ContractSamples;
import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The chain around a fact: what it answers and what answers it, transitively, across tracks, in timeline order, each
 * step with its relation and the days since the step it answers; as known at any instant.
 */
class FollowingChainsOfMovesTest {

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final EveryReadModel readModels = new EveryReadModel(database);
    private final FiveMoves moves = new FiveMoves();

    private Chain chain(SampleFact around, AsOf asOf) {
        return ResponsesReadModel.chain(database.jdbc(), around.id(), asOf).orElseThrow();
    }

    private static List<UUID> ids(Chain chain) {
        return chain.steps().stream().map(Chain.Step::id).toList();
    }

    private static List<List<Chain.Answer>> answers(Chain chain) {
        return chain.steps().stream().map(Chain.Step::answers).toList();
    }

    @Test
    void theChainOfTheFirstMoveHoldsAllFiveAcrossBothTracksInTimelineOrder() {
        moves.all().forEach(readModels::apply);

        Chain chain = chain(moves.usExpels, AsOf.now());

        assertThat(ids(chain)).containsExactly(moves.usExpels.id(), moves.usClosesCompounds.id(),
                moves.russiaCutsStaff.id(), moves.russiaTakesProperty.id(), moves.usClosesConsulate.id());
        assertThat(answers(chain)).containsExactly(
                List.of(),
                List.of(new Chain.Answer(moves.usExpels.id(), "follows-up", 0L)),
                List.of(new Chain.Answer(moves.usExpels.id(), "retaliates", 213L)),
                List.of(new Chain.Answer(moves.usClosesCompounds.id(), "reciprocates", 215L)),
                List.of(new Chain.Answer(moves.russiaCutsStaff.id(), "retaliates", 32L)));
        assertThat(chain.truncated()).isFalse();
        assertThat(chain.steps().get(4).entry()).isNotNull();
    }

    @Test
    void theChainOfALaterMoveIsWhatItAnswersTransitivelyAndNotItsSiblings() {
        moves.all().forEach(readModels::apply);

        assertThat(ids(chain(moves.usClosesConsulate, AsOf.now())))
                .containsExactly(moves.usExpels.id(), moves.russiaCutsStaff.id(), moves.usClosesConsulate.id());
        assertThat(ids(chain(moves.russiaTakesProperty, AsOf.now())))
                .containsExactly(moves.usExpels.id(), moves.usClosesCompounds.id(), moves.russiaTakesProperty.id());
    }

    @Test
    void asOfEachRecordingTheChainHoldsTheMovesKnownThen() {
        List<SampleFact> all = moves.all();
        for (int known = 1; known <= all.size(); known++) {
            readModels.apply(all.get(known - 1));
            AsOf then = AsOf.at(all.get(known - 1).recorded().recordedAt());
            assertThat(ids(chain(moves.usExpels, then))).as("after %d moves", known)
                    .containsExactlyElementsOf(all.subList(0, known).stream().map(SampleFact::id).toList());
        }
        AsOf beforeAny = AsOf.at(moves.usExpels.recorded().recordedAt().minusSeconds(1));
        assertThat(ResponsesReadModel.chain(database.jdbc(), moves.usExpels.id(), beforeAny)).isEmpty();
    }

    @Test
    void aRetractedMoveEndsTheWalkThereFromItsRetractionOn() {
        moves.all().forEach(readModels::apply);
        Chain whole = chain(moves.usClosesConsulate, AsOf.now());

        readModels.apply(moves.russiaCutsStaff.retracted("the cut was not an answer to these expulsions"));

        assertThat(ids(chain(moves.usClosesConsulate, AsOf.now()))).containsExactly(moves.usClosesConsulate.id());
        assertThat(ids(chain(moves.usExpels, AsOf.now()))).containsExactly(moves.usExpels.id(),
                moves.usClosesCompounds.id(), moves.russiaTakesProperty.id());
        assertThat(ResponsesReadModel.chain(database.jdbc(), moves.russiaCutsStaff.id(), AsOf.now())).isEmpty();
        AsOf atTheLastMove = AsOf.at(moves.usClosesConsulate.recorded().recordedAt());
        assertThat(ids(chain(moves.usClosesConsulate, atTheLastMove))).isEqualTo(ids(whole));
    }

    @Test
    void aCorrectionThatChangesWhatAFactAnswersChangesTheChainFromThenOn() {
        moves.all().forEach(readModels::apply);
        AsOf before = AsOf.at(moves.usClosesConsulate.recorded().recordedAt());

        readModels.apply(moves.usClosesConsulate.corrected("it answered the seizure of the dacha",
                fact -> fact.putArray("respondsTo").addObject()
                        .put("id", moves.russiaTakesProperty.id().toString()).put("relation", "retaliates")));

        assertThat(ids(chain(moves.usClosesConsulate, AsOf.now()))).containsExactly(moves.usExpels.id(),
                moves.usClosesCompounds.id(), moves.russiaTakesProperty.id(), moves.usClosesConsulate.id());
        assertThat(ids(chain(moves.usClosesConsulate, before)))
                .containsExactly(moves.usExpels.id(), moves.russiaCutsStaff.id(), moves.usClosesConsulate.id());
    }

    @Test
    void aChainStopsAtFiveHundredStepsAndSaysSo() {
        SampleFact first = SampleFact.of(ContractSamples.DIPLOMATS_EXPELLED).on("long-track").occurredOn("2016");
        readModels.apply(first);
        for (int i = 0; i < Chains.MAX_STEPS; i++) {
            readModels.apply(SampleFact.of(ContractSamples.DIPLOMATS_EXPELLED).on("long-track").occurredOn("2017")
                    .with(fact -> fact.putArray("respondsTo").addObject().put("id", first.id().toString())
                            .put("relation", "answers")));
        }

        Chain chain = chain(first, AsOf.now());

        assertThat(chain.steps()).hasSize(Chains.MAX_STEPS);
        assertThat(chain.truncated()).isTrue();
        assertThat(chain.steps().get(0).id()).isEqualTo(first.id());
    }

    @Test
    void factsThatAnswerEachOtherEndTheWalk() {
        SampleFact one = SampleFact.of(ContractSamples.DIPLOMATS_EXPELLED).on("same-day").occurredOn("2018-03-29");
        SampleFact other = SampleFact.of(ContractSamples.DIPLOMATS_EXPELLED).on("same-day").occurredOn("2018-03-29")
                .with(fact -> fact.putArray("respondsTo").addObject().put("id", one.id().toString())
                        .put("relation", "reciprocates"));
        readModels.apply(one);
        readModels.apply(other);
        readModels.apply(one.corrected("each answered the other", fact -> fact.putArray("respondsTo").addObject()
                .put("id", other.id().toString()).put("relation", "reciprocates")));

        assertThat(ids(chain(one, AsOf.now()))).containsExactlyInAnyOrder(one.id(), other.id());
    }
}
