package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.EARLIER;
import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.round;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;
import static io.diplomatictimeline.timeline.track.Revised.as;
import static io.diplomatictimeline.timeline.track.Revised.corrected;
import static io.diplomatictimeline.timeline.track.Revised.retract;
import static io.diplomatictimeline.timeline.track.Revised.retracted;

import io.diplomatictimeline.timeline.correction.RevisionReceipt;
import io.diplomatictimeline.timeline.dispute.DisputeRaised;
import io.diplomatictimeline.timeline.dispute.DisputeRaisedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeResolved;
import io.diplomatictimeline.timeline.dispute.DisputeResolvedDetails;
import io.diplomatictimeline.timeline.dispute.ResolveDispute;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.SetAgenda;
import io.diplomatictimeline.timeline.round.AgendaSetDetails;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retracting a recorded fact: it happens once, and the fact no longer counts for the rules of its track. */
class RetractingFactsTest {

    private static final RoundHeld ROUND_ONE = roundHeld(1, "2025-02-27", 1);

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    @Test
    void aRetractedFactBecomesItsNextVersionAndTakesTheNextPlaceOnTheTrack() {
        fixture.given(ROUND_ONE)
                .andGivenCurrentTime(NOW)
                .when(retract(1, ROUND_ONE))
                .expectEvents(retracted(1, ROUND_ONE, 2, 2))
                .expectResultMessagePayload(new RevisionReceipt(ROUND_ONE.fact().id(), Facts.TRACK, "round-held", 2, 2,
                        NOW, "retracted"));
    }

    @Test
    void aCorrectedFactRetractedIsAtVersionThree() {
        RecordedFact fixed = as(ROUND_ONE, header(ROUND_ONE.fact().id(), "2025-02-28"), round(1));
        Map<String, Object> changes = Map.of("occurredOn", "2025-02-28");

        fixture.given(ROUND_ONE, corrected(1, 2, 2, fixed, changes))
                .andGivenCurrentTime(NOW)
                .when(retract(2, ROUND_ONE))
                .expectEvents(retracted(2, ROUND_ONE, 3, 3));
    }

    @Test
    void aFactIsNotRetractedTwice() {
        fixture.given(ROUND_ONE, retracted(1, ROUND_ONE, 2, 2))
                .andGivenCurrentTime(NOW)
                .when(retract(2, ROUND_ONE))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("fact " + ROUND_ONE.fact().id()
                        + " was retracted (version 2) and can be neither corrected nor retracted again");
    }

    @Test
    void aRetractedRoundNoLongerCountsAsHeld() {
        fixture.given(ROUND_ONE, retracted(1, ROUND_ONE, 2, 2))
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(id(5), "2025-03-03"), round(1)))
                .expectEvents(new RoundHeld(header(id(5), "2025-03-03"), round(1), 3, NOW));
    }

    @Test
    void aRetractedRoundNoLongerOrdersTheOthers() {
        fixture.given(ROUND_ONE, retracted(1, ROUND_ONE, 2, 2))
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(id(6), "2025-01-15"), round(2)))
                .expectEvents(new RoundHeld(header(id(6), "2025-01-15"), round(2), 3, NOW));
    }

    @Test
    void anAgendaNeedsARoundThatStillStands() {
        AgendaSetDetails agenda = new AgendaSetDetails(1, List.of(new AgendaSetDetails.Item("visas", "Visas")));

        fixture.given(ROUND_ONE, retracted(1, ROUND_ONE, 2, 2))
                .andGivenCurrentTime(NOW)
                .when(new SetAgenda(header(id(7), "2025-02-20"), agenda))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 1 is neither scheduled nor held on track ru-us-embassy-talks");
    }

    @Test
    void aRetractedResolutionReopensItsDispute() {
        UUID visas = id(8);
        DisputeRaised raised = new DisputeRaised(header(visas, "2025-02-27"),
                new DisputeRaisedDetails("visas", "RU", "US"), 1, EARLIER);
        DisputeResolved resolved = new DisputeResolved(header(id(9), "2025-03"),
                new DisputeResolvedDetails(visas, "Visas issued"), 2, EARLIER);
        DisputeResolvedDetails settled = new DisputeResolvedDetails(visas, "Visas issued at last");

        fixture.given(raised, resolved, retracted(1, resolved, 2, 3))
                .andGivenCurrentTime(NOW)
                .when(new ResolveDispute(header(id(10), "2025-04"), settled))
                .expectEvents(new DisputeResolved(header(id(10), "2025-04"), settled, 4, NOW));
    }
}
