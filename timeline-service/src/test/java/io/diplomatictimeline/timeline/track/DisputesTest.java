package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.EARLIER;
import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;
import static io.diplomatictimeline.timeline.track.Facts.sixProperties;

import io.diplomatictimeline.timeline.dispute.DiscussDispute;
import io.diplomatictimeline.timeline.dispute.DisputeDiscussed;
import io.diplomatictimeline.timeline.dispute.DisputeDiscussedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeRaised;
import io.diplomatictimeline.timeline.dispute.DisputeRaisedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeResolved;
import io.diplomatictimeline.timeline.dispute.DisputeResolvedDetails;
import io.diplomatictimeline.timeline.dispute.PropertySeizureRaised;
import io.diplomatictimeline.timeline.dispute.RaiseDispute;
import io.diplomatictimeline.timeline.dispute.ResolveDispute;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisputesTest {

    private static final UUID PROPERTY = id(3);
    private static final UUID VISAS = id(4);
    private static final DisputeRaisedDetails VISA_DISPUTE = new DisputeRaisedDetails("visas", "RU", "US");
    private static final DisputeResolvedDetails VISAS_SETTLED =
            new DisputeResolvedDetails(VISAS, "Visas issued on a reciprocal basis");

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static PropertySeizureRaised propertyRaised() {
        return new PropertySeizureRaised(header(PROPERTY, "2025-02-27"), sixProperties(), 2, EARLIER);
    }

    private static DisputeRaised visasRaised() {
        return new DisputeRaised(header(VISAS, "2025-02-27"), VISA_DISPUTE, 1, EARLIER);
    }

    @Test
    void aDisputeIsRaised() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new RaiseDispute(header(VISAS, "2025-02-27"), VISA_DISPUTE))
                .expectEvents(new DisputeRaised(header(VISAS, "2025-02-27"), VISA_DISPUTE, 1, NOW));
    }

    @Test
    void aPropertySeizureRaisedOpensADisputeThatARoundDiscusses() {
        var discussed = new DisputeDiscussedDetails(PROPERTY, 2);
        fixture.given(roundHeld(1, "2025-02-27", 1), propertyRaised(), roundHeld(2, "2025-04-10", 3))
                .andGivenCurrentTime(NOW)
                .when(new DiscussDispute(header(id(9), "2025-04-10"), discussed))
                .expectEvents(new DisputeDiscussed(header(id(9), "2025-04-10"), discussed, 4, NOW));
    }

    @Test
    void anUnknownDisputeCannotBeDiscussed() {
        fixture.given(visasRaised())
                .andGivenCurrentTime(NOW)
                .when(new DiscussDispute(header(id(9), "2025-04-10"), new DisputeDiscussedDetails(id(99), null)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aDisputeIsNotDiscussedBeforeItWasRaised() {
        fixture.given(visasRaised())
                .andGivenCurrentTime(NOW)
                .when(new DiscussDispute(header(id(9), "2025-01-10"), new DisputeDiscussedDetails(VISAS, null)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aDisputeIsNotDiscussedInARoundThatWasNotHeld() {
        fixture.given(visasRaised())
                .andGivenCurrentTime(NOW)
                .when(new DiscussDispute(header(id(9), "2025-04-10"), new DisputeDiscussedDetails(VISAS, 2)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aDisputeIsResolved() {
        fixture.given(visasRaised())
                .andGivenCurrentTime(NOW)
                .when(new ResolveDispute(header(id(9), "2025-04"), VISAS_SETTLED))
                .expectEvents(new DisputeResolved(header(id(9), "2025-04"), VISAS_SETTLED, 2, NOW));
    }

    @Test
    void aDisputeIsNotResolvedTwice() {
        fixture.given(visasRaised(), new DisputeResolved(header(id(9), "2025-03"), VISAS_SETTLED, 2, EARLIER))
                .andGivenCurrentTime(NOW)
                .when(new ResolveDispute(header(id(10), "2025-04"), VISAS_SETTLED))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("dispute " + VISAS + " is resolved and cannot be resolved again");
    }

    @Test
    void aResolvedDisputeIsNotDiscussedAnyMore() {
        fixture.given(visasRaised(), new DisputeResolved(header(id(9), "2025-03"), VISAS_SETTLED, 2, EARLIER))
                .andGivenCurrentTime(NOW)
                .when(new DiscussDispute(header(id(10), "2025-04"), new DisputeDiscussedDetails(VISAS, null)))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aResolutionCannotPredateTheDispute() {
        fixture.given(visasRaised())
                .andGivenCurrentTime(NOW)
                .when(new ResolveDispute(header(id(9), "2024"), VISAS_SETTLED))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }
}
