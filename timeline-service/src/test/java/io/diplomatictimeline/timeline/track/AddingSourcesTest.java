package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.TRACK;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;
import static io.diplomatictimeline.timeline.track.Revised.as;
import static io.diplomatictimeline.timeline.track.Revised.change;
import static io.diplomatictimeline.timeline.track.Revised.corrected;
import static io.diplomatictimeline.timeline.track.Revised.retracted;

import io.diplomatictimeline.timeline.corroboration.AddSource;
import io.diplomatictimeline.timeline.corroboration.SourceAdded;
import io.diplomatictimeline.timeline.corroboration.SourceReceipt;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.round.RoundHeld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sources added to a recorded fact: each takes the next place on the track and leaves the fact's content and version
 * as they are; the same source twice adds nothing; a retracted fact takes none.
 */
class AddingSourcesTest {

    private static final RoundHeld ROUND_ONE = roundHeld(1, "2025-02-27", 1);
    private static final Source TASS = new Source("TASS", LocalDate.of(2025, 2, 28), "https://tass.com/1", "talks held");
    private static final Instant FIRST_ADDED = Instant.parse("2025-03-02T10:00:00Z");

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static AddSource add(int change, Source source, String stance) {
        return new AddSource(change(change), ROUND_ONE.fact().id(), TRACK, "round-held", source, stance);
    }

    private static SourceAdded added(int change, int version, long sequence, Instant at, Source source, String stance) {
        return new SourceAdded(change(change), ROUND_ONE.fact().id(), TRACK, "round-held", version, sequence, at,
                source, stance);
    }

    @Test
    void aSourceTakesTheNextPlaceOnTheTrackAndLeavesTheFactAtItsVersion() {
        fixture.given(ROUND_ONE)
                .andGivenCurrentTime(NOW)
                .when(add(1, TASS, "confirms"))
                .expectEvents(added(1, 1, 2, NOW, TASS, "confirms"))
                .expectResultMessagePayload(new SourceReceipt(ROUND_ONE.fact().id(), TRACK, "round-held", 1, change(1),
                        2, NOW));
    }

    @Test
    void aSourceAddedToACorrectedFactCarriesTheVersionTheFactIsAt() {
        RecordedFact redated = as(ROUND_ONE, header(ROUND_ONE.fact().id(), "2025-02-26"), Facts.round(1));

        fixture.given(ROUND_ONE, corrected(1, 2, 2, redated, Map.of("occurredOn", "2025-02-26")))
                .andGivenCurrentTime(NOW)
                .when(add(2, TASS, "disputes"))
                .expectEvents(added(2, 2, 3, NOW, TASS, "disputes"));
    }

    @Test
    void theSameSourceAgainIsAnsweredAsTheFirstTimeAndAddsNothing() {
        Source sameInAnotherCase = new Source("tass ", TASS.publishedOn(), TASS.url(), TASS.quote());

        fixture.given(ROUND_ONE, added(1, 1, 2, FIRST_ADDED, TASS, "confirms"))
                .andGivenCurrentTime(NOW)
                .when(add(2, sameInAnotherCase, "confirms"))
                .expectNoEvents()
                .expectResultMessagePayload(new SourceReceipt(ROUND_ONE.fact().id(), TRACK, "round-held", 1, change(1),
                        2, FIRST_ADDED));
    }

    @Test
    void anotherReportOfTheSamePublisherIsAnotherSource() {
        Source nextDay = new Source("TASS", LocalDate.of(2025, 3, 1), "https://tass.com/2", null);

        fixture.given(ROUND_ONE, added(1, 1, 2, FIRST_ADDED, TASS, "confirms"))
                .andGivenCurrentTime(NOW)
                .when(add(2, nextDay, "confirms"))
                .expectEvents(added(2, 1, 3, NOW, nextDay, "confirms"));
    }

    @Test
    void theSameSourceCannotBeAddedAgainWithAnotherStance() {
        fixture.given(ROUND_ONE, added(1, 1, 2, FIRST_ADDED, TASS, "confirms"))
                .andGivenCurrentTime(NOW)
                .when(add(2, TASS, "disputes"))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("this source (TASS, https://tass.com/1, 2025-02-28) was added to fact "
                        + ROUND_ONE.fact().id() + " already, as one that confirms it; a source is added once");
    }

    @Test
    void theSameSourceCannotBeAddedAgainWithAnotherQuote() {
        Source requoted = new Source("TASS", TASS.publishedOn(), TASS.url(), "another passage");

        fixture.given(ROUND_ONE, added(1, 1, 2, FIRST_ADDED, TASS, "confirms"))
                .andGivenCurrentTime(NOW)
                .when(add(2, requoted, "confirms"))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aRetractedFactTakesNoSources() {
        fixture.given(ROUND_ONE, retracted(1, ROUND_ONE, 2, 2))
                .andGivenCurrentTime(NOW)
                .when(add(2, TASS, "confirms"))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("fact " + ROUND_ONE.fact().id()
                        + " was retracted (version 2) and takes no more sources");
    }
}
