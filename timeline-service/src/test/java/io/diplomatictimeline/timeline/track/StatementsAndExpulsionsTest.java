package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.RECORDED_ELSEWHERE;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;

import io.diplomatictimeline.timeline.expulsion.DiplomatsExpelled;
import io.diplomatictimeline.timeline.expulsion.DiplomatsExpelledDetails;
import io.diplomatictimeline.timeline.expulsion.ExpelDiplomats;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.statement.IssueStatement;
import io.diplomatictimeline.timeline.statement.StatementIssued;
import io.diplomatictimeline.timeline.statement.StatementIssuedDetails;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementsAndExpulsionsTest {

    private static final StatementIssuedDetails.Speaker DARCHIEV = new StatementIssuedDetails.Speaker(
            "Alexander Darchiev", "Ambassador of Russia to the United States", "RU");

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static StatementIssuedDetails about(UUID fact) {
        return new StatementIssuedDetails(DARCHIEV, "a short quote", "IANS", fact);
    }

    @Test
    void aStatementAboutARecordedFactIsIssued() {
        fixture.given(roundHeld(1, "2025-02-27", 1))
                .andGivenCurrentTime(NOW)
                .when(new IssueStatement(header(id(7), "2025-04-10"), about(RECORDED_ELSEWHERE)))
                .expectEvents(new StatementIssued(header(id(7), "2025-04-10"), about(RECORDED_ELSEWHERE), 2, NOW));
    }

    @Test
    void aStatementAboutAFactNeverRecordedIsAConflict() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new IssueStatement(header(id(7), "2025-04-10"), about(id(404))))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("the statement is about fact " + id(404) + ", which has not been recorded");
    }

    @Test
    void aStatementAboutNothingInParticularNeedsNoFact() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new IssueStatement(header(id(7), "2025-04-10"), about(null)))
                .expectEvents(new StatementIssued(header(id(7), "2025-04-10"), about(null), 1, NOW));
    }

    @Test
    void aStatementCannotBeDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new IssueStatement(header(id(7), "2025-04-20"), about(null)))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }

    @Test
    void aDecadeOfMutualExpulsionsIsRecordedAsAnApproximateInterval() {
        var mutual = new DiplomatsExpelledDetails("US", "RU", null, true);
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new ExpelDiplomats(header(id(8), "2015~/2025~"), mutual))
                .expectEvents(new DiplomatsExpelled(header(id(8), "2015~/2025~"), mutual, 1, NOW));
    }

    @Test
    void anExpulsionCannotBeDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new ExpelDiplomats(header(id(8), "2030"), new DiplomatsExpelledDetails("US", "RU", 2, false)))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class);
    }
}
