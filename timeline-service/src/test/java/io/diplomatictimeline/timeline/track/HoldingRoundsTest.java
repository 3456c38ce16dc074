package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.round;
import static io.diplomatictimeline.timeline.track.Facts.sixProperties;

import io.diplomatictimeline.timeline.dispute.PropertySeizureRaised;
import io.diplomatictimeline.timeline.dispute.RaisePropertySeizure;
import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rounds held and properties raised: the first two facts of the vocabulary and the rules they obey. */
class HoldingRoundsTest {

    private static final Instant NOW = Facts.NOW;
    private static final Instant EARLIER = Facts.EARLIER;
    private static final UUID ROUND_ONE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID ROUND_TWO = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID SEIZURE = UUID.fromString("00000000-0000-0000-0000-000000000003");

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static RoundHeld roundOneHeld() {
        return new RoundHeld(header(ROUND_ONE, "2025-02-27"), round(1), 1, EARLIER);
    }

    @Test
    void theFirstFactOpensTheTrackAsItsFirstEntry() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(ROUND_ONE, "2025-02-27"), round(1)))
                .expectEvents(new RoundHeld(header(ROUND_ONE, "2025-02-27"), round(1), 1, NOW))
                .expectResultMessagePayload(new FactReceipt(ROUND_ONE, Facts.TRACK, "round-held", 1, NOW));
    }

    @Test
    void aLaterRoundTakesTheNextPlaceInTheHistory() {
        fixture.given(roundOneHeld())
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(ROUND_TWO, "2025-04-10"), round(2)))
                .expectEvents(new RoundHeld(header(ROUND_TWO, "2025-04-10"), round(2), 2, NOW));
    }

    @Test
    void aRoundNumberIsHeldOncePerTrack() {
        fixture.given(roundOneHeld())
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(ROUND_TWO, "2025-04-10"), round(1)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 1 was already held on track ru-us-embassy-talks (2025-02-27)");
    }

    @Test
    void roundTwoCannotBeDatedBeforeRoundOne() {
        fixture.given(roundOneHeld())
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(ROUND_TWO, "2025-01-15"), round(2)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 2 (2025-01-15) cannot be dated before round 1 (2025-02-27)");
    }

    @Test
    void anEarlierRoundRecordedLateCannotBeDatedAfterALaterOne() {
        fixture.given(new RoundHeld(header(ROUND_TWO, "2025-04-10"), round(2), 1, EARLIER))
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(ROUND_ONE, "2025-04-11"), round(1)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void roundsWhoseDatesMayMeetAreNotInConflict() {
        fixture.given(roundOneHeld())
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(ROUND_TWO, "2025-02~"), round(2)))
                .expectEvents(new RoundHeld(header(ROUND_TWO, "2025-02~"), round(2), 2, NOW));
    }

    @Test
    void aRoundCannotBeDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(ROUND_ONE, "2025-04-13"), round(1)))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }

    @Test
    void aFactDatedTodayAnywhereOnEarthIsNotTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(Instant.parse("2025-04-10T11:00:00Z"))
                .when(new HoldRound(header(ROUND_ONE, "2025-04-11"), round(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSeizureOfPropertyIsRaisedOnTheTrack() {
        fixture.given(roundOneHeld())
                .andGivenCurrentTime(NOW)
                .when(new RaisePropertySeizure(header(SEIZURE, "2025-02-27"), sixProperties()))
                .expectEvents(new PropertySeizureRaised(header(SEIZURE, "2025-02-27"), sixProperties(), 2, NOW))
                .expectResultMessagePayload(new FactReceipt(SEIZURE, Facts.TRACK, "property-seizure-raised", 2, NOW));
    }

    @Test
    void aSeizureCannotBeRaisedInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new RaisePropertySeizure(header(SEIZURE, "2026"), sixProperties()))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }
}
