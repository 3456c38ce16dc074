package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.round;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;

import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.round.AgendaSet;
import io.diplomatictimeline.timeline.round.AgendaSetDetails;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.HoursRange;
import io.diplomatictimeline.timeline.round.RoundScheduled;
import io.diplomatictimeline.timeline.round.RoundScheduledDetails;
import io.diplomatictimeline.timeline.round.ScheduleRound;
import io.diplomatictimeline.timeline.round.SetAgenda;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulingRoundsTest {

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static RoundScheduledDetails scheduled(int number) {
        return new RoundScheduledDetails(number, new HoursRange(BigDecimal.valueOf(4), BigDecimal.valueOf(5)), "RU");
    }

    private static AgendaSetDetails agenda(int number) {
        return new AgendaSetDetails(number, List.of(new AgendaSetDetails.Item("visas", "Visa restrictions")));
    }

    @Test
    void aRoundMayBeScheduledForADateThatLiesAhead() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new ScheduleRound(header(id(2), "2025-06-01"), scheduled(2)))
                .expectEvents(new RoundScheduled(header(id(2), "2025-06-01"), scheduled(2), 2, NOW));
    }

    @Test
    void aRoundAlreadyHeldCannotBeScheduled() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new ScheduleRound(header(id(2), "2025-06-01"), scheduled(1)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aLaterRoundCannotBeScheduledBeforeAnEarlierOneWasHeld() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new ScheduleRound(header(id(2), "2025-01"), scheduled(2)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aRoundIsNotHeldBeforeTheDateTheRoundBeforeItIsScheduledFor() {
        fixture.given(new RoundScheduled(header(id(1), "2025-03-20"), scheduled(1), 1, Facts.EARLIER))
                .andGivenCurrentTime(NOW)
                .when(new HoldRound(header(id(2), "2025-03-01"), round(2)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void anAgendaIsSetForAScheduledRound() {
        fixture.given(new RoundScheduled(header(id(1), "2025-04-10"), scheduled(2), 1, Facts.EARLIER))
                .andGivenCurrentTime(NOW)
                .when(new SetAgenda(header(id(2), "2025-04-10"), agenda(2)))
                .expectEvents(new AgendaSet(header(id(2), "2025-04-10"), agenda(2), 2, NOW));
    }

    @Test
    void anAgendaNeedsItsRoundOnTheTrack() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new SetAgenda(header(id(2), "2025-04-10"), agenda(2)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 2 is neither scheduled nor held on track ru-us-embassy-talks");
    }

    @Test
    void anAgendaCannotBeDatedInTheFuture() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new SetAgenda(header(id(2), "2025-12-01"), agenda(1)))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }
}
