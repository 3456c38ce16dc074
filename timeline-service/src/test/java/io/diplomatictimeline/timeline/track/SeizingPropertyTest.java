package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.RECORDED_ELSEWHERE;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.responding;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.fact.Response;
import io.diplomatictimeline.timeline.seizure.PropertySeized;
import io.diplomatictimeline.timeline.seizure.PropertySeizedDetails;
import io.diplomatictimeline.timeline.seizure.SeizeProperty;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A country closing or taking over another's diplomatic property: it need only have happened. */
class SeizingPropertyTest {

    private static final PropertySeizedDetails SAN_FRANCISCO = new PropertySeizedDetails("US", "RU", 3,
            "Consulate General in San Francisco and two trade annexes");

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    @Test
    void aClosureOfPropertyIsRecordedAndMayAnswerAnEarlierMove() {
        FactHeader closure = responding(id(1), "2017-08-31", new Response(RECORDED_ELSEWHERE, "retaliates"));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new SeizeProperty(closure, SAN_FRANCISCO))
                .expectEvents(new PropertySeized(closure, SAN_FRANCISCO, 1, NOW));
    }

    @Test
    void aSeizureCannotBeDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new SeizeProperty(header(id(1), "2025-05"), SAN_FRANCISCO))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }
}
