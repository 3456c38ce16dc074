package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.ALSO_RECORDED_ELSEWHERE;
import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.RECORDED_ELSEWHERE;
import static io.diplomatictimeline.timeline.track.Facts.RETRACTED_ELSEWHERE;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.responding;
import static io.diplomatictimeline.timeline.track.Revised.as;
import static io.diplomatictimeline.timeline.track.Revised.correct;
import static io.diplomatictimeline.timeline.track.Revised.corrected;

import io.diplomatictimeline.timeline.expulsion.DiplomatsExpelled;
import io.diplomatictimeline.timeline.expulsion.DiplomatsExpelledDetails;
import io.diplomatictimeline.timeline.expulsion.ExpelDiplomats;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.FactRejectedException;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.Response;
import io.diplomatictimeline.timeline.round.RoundScheduled;
import io.diplomatictimeline.timeline.round.RoundScheduledDetails;
import io.diplomatictimeline.timeline.round.ScheduleRound;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fact may answer earlier facts of any track: facts that were recorded, still stand, and did not begin after the
 * response ended. Every refusal names the reference at fault; corrections are held to the same rules.
 */
class RespondingToEarlierFactsTest {

    /** Russia's answer to the US expulsion of 2016-12-29 recorded on another track. */
    private static final DiplomatsExpelledDetails RUSSIA_EXPELS = new DiplomatsExpelledDetails("RU", "US", 755, false);

    private FixtureConfiguration<Track> fixture;

    @BeforeEach
    void setUp() {
        fixture = Facts.fixture();
    }

    private static Response retaliates(UUID id) {
        return new Response(id, "retaliates");
    }

    private static ExpelDiplomats expulsion(FactHeader fact) {
        return new ExpelDiplomats(fact, RUSSIA_EXPELS);
    }

    @Test
    void aFactMayAnswerAFactRecordedOnAnotherTrack() {
        FactHeader answer = responding(id(1), "2017-07-30", retaliates(RECORDED_ELSEWHERE));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(answer))
                .expectEvents(new DiplomatsExpelled(answer, RUSSIA_EXPELS, 1, NOW));
    }

    @Test
    void aFactMayAnswerSeveralFactsEachWithItsOwnRelation() {
        FactHeader answer = responding(id(2), "2017-07-30", new Response(RECORDED_ELSEWHERE, "answers"),
                new Response(ALSO_RECORDED_ELSEWHERE, "follows-up"));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(answer))
                .expectEvents(new DiplomatsExpelled(answer, RUSSIA_EXPELS, 1, NOW));
    }

    @Test
    void aFactMayAnswerOneOfTheSameDay() {
        FactHeader answer = responding(id(1), "2016-12-29", retaliates(RECORDED_ELSEWHERE));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(answer))
                .expectEvents(new DiplomatsExpelled(answer, RUSSIA_EXPELS, 1, NOW));
    }

    @Test
    void anImpreciseDateIsHeldToItsLatestEnd() {
        // "December 2016, about" may end on the 31st: the fact of the 29th need not have come after it.
        FactHeader answer = responding(id(1), "2016-12~", retaliates(RECORDED_ELSEWHERE));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(answer))
                .expectEvents(new DiplomatsExpelled(answer, RUSSIA_EXPELS, 1, NOW));
    }

    @Test
    void aFactCannotAnswerOneThatBeganAfterItEnded() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(responding(id(1), "2016-12-28", retaliates(RECORDED_ELSEWHERE))))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("the fact responds to fact " + RECORDED_ELSEWHERE + ", which began (2016-12-29)"
                        + " after this one ended (2016-12-28): a response cannot come before what it answers");
    }

    @Test
    void aFactCannotAnswerAFactNeverRecorded() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(responding(id(1), "2017-07-30", retaliates(RECORDED_ELSEWHERE), retaliates(id(404)))))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("the fact responds to fact " + id(404) + ", which has not been recorded")
                .expectException(hasField("respondsTo[1].id"));
    }

    @Test
    void aFactCannotAnswerARetractedFact() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(responding(id(1), "2017-07-30", retaliates(RETRACTED_ELSEWHERE))))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("the fact responds to fact " + RETRACTED_ELSEWHERE + ", which was retracted")
                .expectException(hasField("respondsTo[0].id"));
    }

    @Test
    void aFactCannotAnswerItself() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(responding(id(1), "2017-07-30", retaliates(id(1)))))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("a fact cannot respond to itself");
    }

    @Test
    void aFactNamesEachFactItAnswersOnce() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(expulsion(responding(id(1), "2017-07-30", retaliates(RECORDED_ELSEWHERE),
                        new Response(RECORDED_ELSEWHERE, "reciprocates"))))
                .expectNoEvents()
                .expectException(ImpossibleFactException.class)
                .expectException(hasField("respondsTo[1].id"));
    }

    @Test
    void aRoundScheduledAheadMayFollowUpAnEarlierFactButNotALaterOne() {
        RoundScheduledDetails roundThree = new RoundScheduledDetails(3, null, "TR");
        FactHeader followUp = responding(id(1), "2025-06", new Response(RECORDED_ELSEWHERE, "follows-up"));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new ScheduleRound(followUp, roundThree))
                .expectEvents(new RoundScheduled(followUp, roundThree, 1, NOW));
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new ScheduleRound(responding(id(1), "2016-06", new Response(RECORDED_ELSEWHERE, "follows-up")),
                        roundThree))
                .expectNoEvents()
                .expectException(HistoryConflictException.class);
    }

    @Test
    void aCorrectionMayChangeWhatAFactAnswers() {
        DiplomatsExpelled alone = new DiplomatsExpelled(responding(id(1), "2017-07-30"), RUSSIA_EXPELS, 1,
                Facts.EARLIER);
        RecordedFact answering = as(alone, responding(id(1), "2017-07-30", retaliates(RECORDED_ELSEWHERE)),
                RUSSIA_EXPELS);
        Map<String, Object> changes = Map.of("respondsTo", List.of(Map.of("id", RECORDED_ELSEWHERE.toString(),
                "relation", "retaliates")));

        fixture.given(alone)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, alone.recorded(), answering, changes))
                .expectEvents(corrected(1, 2, 2, answering, changes));
    }

    @Test
    void aCorrectionIsHeldToTheSameRules() {
        DiplomatsExpelled answer = new DiplomatsExpelled(responding(id(1), "2017-07-30",
                retaliates(RECORDED_ELSEWHERE)), RUSSIA_EXPELS, 1, Facts.EARLIER);
        RecordedFact redated = as(answer, responding(id(1), "2016-11", retaliates(RECORDED_ELSEWHERE)), RUSSIA_EXPELS);
        RecordedFact retargeted = as(answer, responding(id(1), "2017-07-30", retaliates(RETRACTED_ELSEWHERE)),
                RUSSIA_EXPELS);

        fixture.given(answer)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, answer.recorded(), redated, Map.of("occurredOn", "2016-11")))
                .expectNoEvents()
                .expectException(HistoryConflictException.class)
                .expectException(hasField("respondsTo[0].id"));
        fixture.given(answer)
                .andGivenCurrentTime(NOW)
                .when(correct(1, 1, answer.recorded(), retargeted, Map.of("respondsTo", List.of(Map.of(
                        "id", RETRACTED_ELSEWHERE.toString(), "relation", "retaliates")))))
                .expectNoEvents()
                .expectExceptionMessage("the fact responds to fact " + RETRACTED_ELSEWHERE + ", which was retracted");
    }

    /** The refusal names the reference at fault, as the 409 does. */
    private static Matcher<Throwable> hasField(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable refusal) {
                return refusal instanceof FactRejectedException rejected && field.equals(rejected.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal naming " + field);
            }
        };
    }
}
