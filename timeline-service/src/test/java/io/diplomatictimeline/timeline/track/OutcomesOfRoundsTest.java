package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;

import io.diplomatictimeline.timeline.agreement.AgreeToContinueContacts;
import io.diplomatictimeline.timeline.agreement.AgreementReached;
import io.diplomatictimeline.timeline.agreement.AgreementReachedDetails;
import io.diplomatictimeline.timeline.agreement.ContactsContinuationAgreed;
import io.diplomatictimeline.timeline.agreement.ContactsContinuationDetails;
import io.diplomatictimeline.timeline.agreement.ReachAgreement;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.proposal.MakeProposal;
import io.diplomatictimeline.timeline.proposal.ProposalMadeDetails;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agreements, proposals and the agreement to keep talking, and the round they came from. */
class OutcomesOfRoundsTest {

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static AgreementReachedDetails financing(Integer round) {
        return new AgreementReachedDetails(List.of("RU", "US"), "Uninterrupted financing of the missions", true, round);
    }

    @Test
    void anAgreementOfAHeldRoundIsRecorded() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new ReachAgreement(header(id(2), "2025-02-27"), financing(1)))
                .expectEvents(new AgreementReached(header(id(2), "2025-02-27"), financing(1), 2, NOW));
    }

    @Test
    void anAgreementCannotComeFromARoundNotHeld() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new ReachAgreement(header(id(2), "2025-04-10"), financing(2)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 2 has not been held on track ru-us-embassy-talks");
    }

    @Test
    void anAgreementCannotPredateTheRoundItCameFrom() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new ReachAgreement(header(id(2), "2025-02-20"), financing(1)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void anAgreementOutsideAnyRoundNeedsNoRound() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new ReachAgreement(header(id(2), "2025-01"), financing(null)))
                .expectEvents(new AgreementReached(header(id(2), "2025-01"), financing(null), 1, NOW));
    }

    @Test
    void anAgreementCannotBeDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new ReachAgreement(header(id(2), "2025-05"), financing(null)))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }

    @Test
    void theAgreementToKeepTalkingFollowsTheSameRule() {
        var parties = new ContactsContinuationDetails(List.of("RU", "US"), 1);
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new AgreeToContinueContacts(header(id(2), "2025-02-27"), parties))
                .expectEvents(new ContactsContinuationAgreed(header(id(2), "2025-02-27"), parties, 2, NOW));
        Facts.fixture().givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new AgreeToContinueContacts(header(id(2), "2025-02-27"), parties))
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aProposalMadeInARoundNeedsThatRoundHeld() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new MakeProposal(header(id(2), "2025-02-27"),
                        new ProposalMadeDetails("RU", "US", "Restore direct flights", 1)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }
}
