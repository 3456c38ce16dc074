package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.EARLIER;
import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.round;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;
import static io.diplomatictimeline.timeline.track.Revised.as;
import static io.diplomatictimeline.timeline.track.Revised.correct;
import static io.diplomatictimeline.timeline.track.Revised.corrected;
import static io.diplomatictimeline.timeline.track.Revised.retracted;

import io.diplomatictimeline.timeline.agreement.AgreementReached;
import io.diplomatictimeline.timeline.agreement.AgreementReachedDetails;
import io.diplomatictimeline.timeline.correction.NothingChangedException;
import io.diplomatictimeline.timeline.correction.RevisionReceipt;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.proposal.AnswerProposal;
import io.diplomatictimeline.timeline.proposal.ProposalAnswered;
import io.diplomatictimeline.timeline.proposal.ProposalAnsweredDetails;
import io.diplomatictimeline.timeline.proposal.ProposalMade;
import io.diplomatictimeline.timeline.proposal.ProposalMadeDetails;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.RoundScheduled;
import io.diplomatictimeline.timeline.round.RoundScheduledDetails;
import io.diplomatictimeline.timeline.statement.StatementIssued;
import io.diplomatictimeline.timeline.statement.StatementIssuedDetails;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Correcting a recorded fact: the track refuses a retracted fact, a stale version and a correction that changes
 * nothing, and holds the corrected fact to every rule of its type, against the history without its old version.
 */
class CorrectingFactsTest {

    private static final RoundHeld ROUND_ONE = roundHeld(1, "2025-02-27", 1);
    private static final RoundHeld ROUND_TWO = roundHeld(2, "2025-04-10", 2);
    private static final Map<String, Object> REDATED = Map.of("occurredOn", "2025-02-28");

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static FactHeader redated(RoundHeld round, String occurredOn) {
        return header(round.fact().id(), occurredOn);
    }

    private static RecordedFact roundOneOn(String occurredOn) {
        return as(ROUND_ONE, redated(ROUND_ONE, occurredOn), round(1));
    }

    @Test
    void aCorrectedFactBecomesItsNextVersionAndTakesTheNextPlaceOnTheTrack() {
        RecordedFact fixed = roundOneOn("2025-02-28");

        fixture.given(ROUND_ONE, ROUND_TWO)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, ROUND_ONE.recorded(), fixed, REDATED))
                .expectEvents(corrected(1, 2, 3, fixed, REDATED))
                .expectResultMessagePayload(new RevisionReceipt(ROUND_ONE.fact().id(), Facts.TRACK, "round-held", 2, 3,
                        NOW, "current"));
    }

    @Test
    void aCorrectionMustChangeSomething() {
        fixture.given(ROUND_ONE)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, ROUND_ONE.recorded(), ROUND_ONE.recorded(), Map.of("occurredOn", "2025-02-27")))
                .expectNoEvents()
                .expectException(NothingChangedException.class);
    }

    @Test
    void aRetractedFactIsNotCorrected() {
        fixture.given(ROUND_ONE, retracted(1, ROUND_ONE, 2, 2))
                .andGivenCurrentTime(NOW)
                .when(correct(2, 2, ROUND_ONE.recorded(), roundOneOn("2025-02-28"), REDATED))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("fact " + ROUND_ONE.fact().id()
                        + " was retracted (version 2) and can be neither corrected nor retracted again");
    }

    @Test
    void aCorrectionMadeToAnOlderVersionIsAConflict() {
        RecordedFact first = roundOneOn("2025-02-28");

        fixture.given(ROUND_ONE, corrected(1, 2, 2, first, REDATED))
                .andGivenCurrentTime(NOW)
                // made from version 1 while another correction made version 2: it would silently undo that one
                .when(correct(2, 1, ROUND_ONE.recorded(), roundOneOn("2025-02-26"), Map.of("occurredOn", "2025-02-26")))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aFactCorrectedTwiceIsAtVersionThree() {
        RecordedFact first = roundOneOn("2025-02-28");
        RecordedFact second = roundOneOn("2025-02-26");
        Map<String, Object> again = Map.of("occurredOn", "2025-02-26");

        fixture.given(ROUND_ONE, corrected(1, 2, 2, first, REDATED))
                .andGivenCurrentTime(NOW)
                .when(correct(2, 2, first, second, again))
                .expectEvents(corrected(2, 3, 3, second, again));
    }

    @Test
    void aRoundReDatedStillRespectsRoundOrder() {
        fixture.given(ROUND_ONE, ROUND_TWO)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, ROUND_TWO.recorded(), as(ROUND_TWO, redated(ROUND_TWO, "2025-01-15"), round(2)),
                        Map.of("occurredOn", "2025-01-15")))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 2 (2025-01-15) cannot be dated before round 1 (2025-02-27)");
    }

    @Test
    void aRoundReDatedIsNotInConflictWithItsOwnEarlierDate() {
        // Round one held again would clash with round one; its own correction does not.
        RecordedFact fixed = roundOneOn("2025-02-26");

        fixture.given(ROUND_ONE, ROUND_TWO)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, ROUND_ONE.recorded(), fixed, Map.of("occurredOn", "2025-02-26")))
                .expectEvents(corrected(1, 2, 3, fixed, Map.of("occurredOn", "2025-02-26")));
    }

    @Test
    void aRoundNumberCannotBeCorrectedOntoARoundAlreadyHeld() {
        Map<String, Object> renumbered = Map.of("details", Map.of("roundNumber", 1));

        fixture.given(ROUND_ONE, ROUND_TWO)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, ROUND_TWO.recorded(), as(ROUND_TWO, ROUND_TWO.fact(), round(1)), renumbered))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 1 was already held on track ru-us-embassy-talks (2025-02-27)");
    }

    @Test
    void aRenumberedRoundFreesItsOldNumber() {
        RecordedFact renumbered = as(ROUND_TWO, ROUND_TWO.fact(), round(3));
        Map<String, Object> changes = Map.of("details", Map.of("roundNumber", 3));

        fixture.given(ROUND_ONE, ROUND_TWO, corrected(1, 2, 3, renumbered, changes))
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(id(7), "2025-03-20"), round(2)))
                .expectEvents(new RoundHeld(header(id(7), "2025-03-20"), round(2), 4, NOW));
    }

    @Test
    void aFactThatHappenedCannotBeReDatedIntoTheFuture() {
        fixture.given(ROUND_ONE)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, ROUND_ONE.recorded(), roundOneOn("2025-05-01"), Map.of("occurredOn", "2025-05-01")))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }

    @Test
    void aScheduledRoundMayBeReDatedIntoTheFuture() {
        RoundScheduledDetails roundThree = new RoundScheduledDetails(3, null, "TR");
        RoundScheduled scheduled = new RoundScheduled(header(id(8), "2025-05"), roundThree, 2, EARLIER);
        RecordedFact postponed = as(scheduled, header(id(8), "2025-06"), roundThree);

        fixture.given(ROUND_ONE, scheduled)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, scheduled.recorded(), postponed, Map.of("occurredOn", "2025-06")))
                .expectEvents(corrected(1, 2, 3, postponed, Map.of("occurredOn", "2025-06")));
    }

    @Test
    void anOutcomeCannotBeMovedToARoundNotHeld() {
        AgreementReachedDetails ofRoundOne = new AgreementReachedDetails(List.of("RU", "US"), "Financing", true, 1);
        AgreementReachedDetails ofRoundTwo = new AgreementReachedDetails(List.of("RU", "US"), "Financing", true, 2);
        AgreementReached agreement = new AgreementReached(header(id(9), "2025-02-27"), ofRoundOne, 2, EARLIER);

        fixture.given(ROUND_ONE, agreement)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, agreement.recorded(), as(agreement, agreement.fact(), ofRoundTwo),
                        Map.of("details", Map.of("roundNumber", 2))))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 2 has not been held on track ru-us-embassy-talks");
    }

    @Test
    void anAnswerCorrectedFromImplementedReopensItsProposal() {
        UUID flights = id(10);
        ProposalMade proposal = new ProposalMade(header(flights, "2025-02-27"),
                new ProposalMadeDetails("RU", "US", "Restore direct flights", null), 1, EARLIER);
        ProposalAnswered implemented = new ProposalAnswered(header(id(11), "2025-03"),
                new ProposalAnsweredDetails(flights, "implemented", "US"), 2, EARLIER);
        RecordedFact deferred = as(implemented, implemented.fact(), new ProposalAnsweredDetails(flights, "deferred", "US"));
        Map<String, Object> changes = Map.of("details", Map.of("outcome", "deferred"));
        ProposalAnsweredDetails accepted = new ProposalAnsweredDetails(flights, "accepted", "US");

        fixture.given(proposal, implemented, corrected(1, 2, 3, deferred, changes))
                .andGivenCurrentTime(NOW)
                .when(new AnswerProposal(header(id(12), "2025-04"), accepted))
                .expectEvents(new ProposalAnswered(header(id(12), "2025-04"), accepted, 4, NOW));
    }

    @Test
    void aStatementCannotBeCorrectedToBeAboutItself() {
        StatementIssuedDetails.Speaker speaker = new StatementIssuedDetails.Speaker("Maria Zakharova", null, "RU");
        StatementIssued statement = new StatementIssued(header(id(13), "2025-02-28"),
                new StatementIssuedDetails(speaker, "a short quote", null, ROUND_ONE.fact().id()), 2, EARLIER);

        fixture.given(ROUND_ONE, statement)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, statement.recorded(), as(statement, statement.fact(),
                                new StatementIssuedDetails(speaker, "a short quote", null, id(13))),
                        Map.of("details", Map.of("aboutFactId", id(13).toString()))))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("a statement cannot be about itself");
    }
}
