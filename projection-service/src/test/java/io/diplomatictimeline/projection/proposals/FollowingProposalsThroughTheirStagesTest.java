package io.diplomatictimeline.projection.proposals;

import static io.diplomatictimeline.projection.ContractSamples.PROPOSAL_ANSWERED;
import static io.diplomatictimeline.projection.ContractSamples.PROPOSAL_MADE;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proposals and the stages they go through, counted in days against a fixed today. */
class FollowingProposalsThroughTheirStagesTest {

    private static final String TRACK = "ru-us-embassy-talks";
    /** 1 September 2025. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-09-01T10:00:00Z"), ZoneOffset.UTC);

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final FactProjections projections = database.projecting(ProposalsReadModel.projector(database.jdbc()));
    private final Proposals proposals = ProposalsReadModel.query(database.jdbc(), TODAY);

    @Test
    void anUnansweredProposalHasBeenProposedForEveryDaySinceItWasMade() {
        SampleFact flights = SampleFact.of(PROPOSAL_MADE).on(TRACK).occurredOn("2025-02-27");

        apply(flights);
        Proposal proposal = proposals.list(TRACK).get(0);

        assertThat(proposal.status()).isEqualTo("proposed");
        assertThat(proposal.proposal()).isEqualTo("Restore direct flights");
        assertThat(proposal.proposedBy()).isEqualTo("RU");
        assertThat(proposal.proposedTo()).isEqualTo("US");
        assertThat(proposal.madeOn()).isEqualTo("2025-02-27");
        assertThat(proposal.roundNumber()).isEqualTo(1);
        // 27 February to 1 March 2025 is 2 days, and on to 1 September 184 more.
        assertThat(proposal.stages()).containsExactly(
                new ProposalStage("proposed", "2025-02-27", LocalDate.of(2025, 2, 27), null, 186));
    }

    @Test
    void eachAnswerStartsAStageThatLastsUntilTheNextAndTheLatestIsTheStatus() {
        SampleFact flights = SampleFact.of(PROPOSAL_MADE).on(TRACK).occurredOn("2025-02-27");
        SampleFact deferred = answer(flights, "deferred").occurredOn("2025-06");
        SampleFact accepted = answer(flights, "accepted").occurredOn("2025-08-15");

        apply(flights, deferred, accepted);
        Proposal proposal = proposals.byId(flights.id()).orElseThrow();

        assertThat(proposal.status()).isEqualTo("accepted");
        assertThat(proposal.stages()).containsExactly(
                new ProposalStage("proposed", "2025-02-27", LocalDate.of(2025, 2, 27), LocalDate.of(2025, 6, 1), 94),
                new ProposalStage("deferred", "2025-06", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 15), 75),
                new ProposalStage("accepted", "2025-08-15", LocalDate.of(2025, 8, 15), null, 17));
        assertThat(proposals.list(null)).containsExactly(proposal);
    }

    @Test
    void proposalsComeInTheOrderTheyWereMadeAndCanBeAskedForByTrack() {
        SampleFact later = SampleFact.of(PROPOSAL_MADE).on(TRACK).occurredOn("2025-04-10");
        SampleFact earlier = SampleFact.of(PROPOSAL_MADE).on(TRACK).occurredOn("2025-02-27");
        SampleFact elsewhere = SampleFact.of(PROPOSAL_MADE).on("ru-us-flights").occurredOn("2025-03-01")
                .details(details -> details.putNull("roundNumber"));

        apply(later, earlier, elsewhere);

        assertThat(proposals.list(null)).extracting(Proposal::id)
                .containsExactly(earlier.id(), elsewhere.id(), later.id());
        assertThat(proposals.list(TRACK)).extracting(Proposal::id).containsExactly(earlier.id(), later.id());
        assertThat(proposals.list("ru-us-flights").get(0).roundNumber()).isNull();
    }

    @Test
    void redeliveringAProposalOrAnAnswerChangesNothing() {
        SampleFact flights = SampleFact.of(PROPOSAL_MADE).on(TRACK);
        SampleFact deferred = answer(flights, "deferred");
        apply(flights, deferred);
        List<Proposal> once = proposals.list(TRACK);

        apply(deferred, flights, deferred);

        assertThat(proposals.list(TRACK)).isEqualTo(once);
        assertThat(once.get(0).stages()).hasSize(2);
    }

    private static SampleFact answer(SampleFact proposal, String outcome) {
        return SampleFact.of(PROPOSAL_ANSWERED).on(TRACK).details(details -> details
                .put("proposalId", proposal.id().toString()).put("outcome", outcome));
    }

    private void apply(SampleFact... facts) {
        for (SampleFact fact : facts) {
            projections.apply(fact.recorded());
        }
    }
}
