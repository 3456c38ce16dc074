package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.EARLIER;
import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;

import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.proposal.AnswerProposal;
import io.diplomatictimeline.timeline.proposal.MakeProposal;
import io.diplomatictimeline.timeline.proposal.ProposalAnswered;
import io.diplomatictimeline.timeline.proposal.ProposalAnsweredDetails;
import io.diplomatictimeline.timeline.proposal.ProposalMade;
import io.diplomatictimeline.timeline.proposal.ProposalMadeDetails;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalsTest {

    private static final UUID FLIGHTS = id(5);
    private static final ProposalMadeDetails RESTORE_FLIGHTS =
            new ProposalMadeDetails("RU", "US", "Restore direct flights", null);

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static ProposalMade flightsProposed() {
        return new ProposalMade(header(FLIGHTS, "2025-02-27"), RESTORE_FLIGHTS, 1, EARLIER);
    }

    private static ProposalAnsweredDetails answer(UUID proposal, String outcome) {
        return new ProposalAnsweredDetails(proposal, outcome, "US");
    }

    @Test
    void aProposalIsMade() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new MakeProposal(header(FLIGHTS, "2025-02-27"), RESTORE_FLIGHTS))
                .expectEvents(new ProposalMade(header(FLIGHTS, "2025-02-27"), RESTORE_FLIGHTS, 1, NOW));
    }

    @Test
    void anAnswerRefersToAProposalMadeEarlierOnTheTrack() {
        fixture.given(flightsProposed())
                .andGivenCurrentTime(NOW)
                .when(new AnswerProposal(header(id(6), "2025-04"), answer(FLIGHTS, "deferred")))
                .expectEvents(new ProposalAnswered(header(id(6), "2025-04"), answer(FLIGHTS, "deferred"), 2, NOW));
    }

    @Test
    void anAnswerToAnUnknownProposalIsAConflict() {
        fixture.given(flightsProposed())
                .andGivenCurrentTime(NOW)
                .when(new AnswerProposal(header(id(6), "2025-04"), answer(id(99), "accepted")))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("no proposal " + id(99) + " was made on track ru-us-embassy-talks");
    }

    @Test
    void anAnswerCannotPredateItsProposal() {
        fixture.given(flightsProposed())
                .andGivenCurrentTime(NOW)
                .when(new AnswerProposal(header(id(6), "2025-01"), answer(FLIGHTS, "rejected")))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void nothingFollowsAnImplementedProposal() {
        fixture.given(flightsProposed(),
                        new ProposalAnswered(header(id(6), "2025-03"), answer(FLIGHTS, "implemented"), 2, EARLIER))
                .andGivenCurrentTime(NOW)
                .when(new AnswerProposal(header(id(7), "2025-04"), answer(FLIGHTS, "rejected")))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void anAnswerCannotBeDatedInTheFuture() {
        fixture.given(flightsProposed())
                .andGivenCurrentTime(NOW)
                .when(new AnswerProposal(header(id(6), "2026"), answer(FLIGHTS, "accepted")))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }

    @Test
    void eachOutcomeHasItsPloverCategory() {
        assertThat(new ProposalAnswered(header(id(6), "2025"), answer(FLIGHTS, "accepted"), 2, NOW).plover())
                .isEqualTo(new Plover("AGREE", null));
        assertThat(new ProposalAnswered(header(id(6), "2025"), answer(FLIGHTS, "rejected"), 2, NOW).plover())
                .isEqualTo(new Plover("REJECT", null));
        assertThat(new ProposalAnswered(header(id(6), "2025"), answer(FLIGHTS, "deferred"), 2, NOW).plover())
                .isNull();
    }
}
