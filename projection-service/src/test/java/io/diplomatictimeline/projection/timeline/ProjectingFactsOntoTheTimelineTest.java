package io.diplomatictimeline.projection.timeline;

import static io.diplomatictimeline.projection.timeline.RecordedFacts.fact;
import static io.diplomatictimeline.projection.timeline.RecordedFacts.roundHeld;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The projector and its store as plain objects over a real H2 database with the service's own schema. */
class ProjectingFactsOntoTheTimelineTest {

    private static final String TRACK = "ru-us-embassy-talks";
    private static final String OTHER_TRACK = "ru-us-flights";
    private static final Instant MORNING = Instant.parse("2025-04-10T09:00:00Z");

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final TimelineEntries timeline = TimelineReadModel.entries(database.jdbc());
    private final FactProjections projector = database.projecting(new TimelineProjector(timeline));

    @Test
    void entriesComeEarliestFirstByTheStartOfTheirPeriodThenByWhenTheyWereRecorded() {
        RecordedFact secondRound = roundHeld(TRACK, "2025-04-10", MORNING.plusSeconds(60));
        RecordedFact firstRound = roundHeld(TRACK, "2025-02-27", MORNING.plusSeconds(120));
        RecordedFact theYear = roundHeld(TRACK, "2025", MORNING.plusSeconds(180));
        RecordedFact sameDayRecordedEarlier = roundHeld(TRACK, "2025-04-10", MORNING);

        applyAll(secondRound, firstRound, theYear, sameDayRecordedEarlier);

        assertThat(ids(timeline.find(TimelineQuery.everything().onTrack(TRACK))))
                .containsExactly(theYear.id(), firstRound.id(), sameDayRecordedEarlier.id(), secondRound.id());
    }

    @Test
    void anEntryIsTheFactDocumentAsItWasPublishedAsItsFirstVersion() {
        RecordedFact fact = roundHeld(TRACK, "2025-04-10", MORNING);

        projector.apply(fact);

        ObjectNode entry = fact.document().deepCopy()
                .put("firstRecordedAt", MORNING.toString()).put("version", 1).put("status", "current")
                .put("occurredOnReadable", "10 April 2025");
        assertThat(TimelineReadModel.findById(database.jdbc(), fact.id(), AsOf.now())).contains(entry);
        assertThat(timeline.findById(UUID.randomUUID(), AsOf.now())).isEmpty();
    }

    @Test
    void aFactAppliedTwiceIsOneEntry() {
        RecordedFact fact = roundHeld(TRACK, "2025-04-10", MORNING);

        boolean first = projector.apply(fact);
        boolean redelivered = projector.apply(fact);

        assertThat(first).isTrue();
        assertThat(redelivered).isFalse();
        assertThat(timeline.find(TimelineQuery.everything()).entries()).hasSize(1);
    }

    @Test
    void filtersKeepOnlyTheAskedTrackAndTypes() {
        RecordedFact round = fact(TRACK, "round-held", "2025-04-10", MORNING);
        RecordedFact seizure = fact(TRACK, "property-seizure-raised", "2025-04-10", MORNING.plusSeconds(1));
        RecordedFact statement = fact(TRACK, "statement-issued", "2025-04-11", MORNING.plusSeconds(2));
        RecordedFact elsewhere = fact(OTHER_TRACK, "round-held", "2025-04-10", MORNING.plusSeconds(3));
        applyAll(round, seizure, statement, elsewhere);

        assertThat(ids(timeline.find(TimelineQuery.everything().onTrack(TRACK))))
                .containsExactly(round.id(), seizure.id(), statement.id());
        assertThat(ids(timeline.find(TimelineQuery.everything().onTrack(TRACK)
                .ofTypes("round-held", "statement-issued"))))
                .containsExactly(round.id(), statement.id());
        assertThat(ids(timeline.find(TimelineQuery.everything().ofTypes("round-held"))))
                .containsExactly(round.id(), elsewhere.id());
    }

    @Test
    void anEntryMatchesWhenItsPeriodOverlapsTheAskedPeriod() {
        RecordedFact seizures = roundHeld(TRACK, "2016/2018", MORNING);
        RecordedFact round = roundHeld(TRACK, "2025-04-10", MORNING);
        applyAll(seizures, round);
        TimelineQuery track = TimelineQuery.everything().onTrack(TRACK);

        assertThat(ids(timeline.find(track.from(LocalDate.of(2018, 6, 1)))))
                .containsExactly(seizures.id(), round.id());
        assertThat(ids(timeline.find(track.from(LocalDate.of(2019, 1, 1))))).containsExactly(round.id());
        assertThat(ids(timeline.find(track.to(LocalDate.of(2016, 1, 1))))).containsExactly(seizures.id());
        assertThat(ids(timeline.find(track.to(LocalDate.of(2015, 12, 31))))).isEmpty();
        assertThat(ids(timeline.find(track.from(LocalDate.of(2017, 3, 1)).to(LocalDate.of(2017, 3, 31)))))
                .containsExactly(seizures.id());
        assertThat(ids(timeline.find(track.from(LocalDate.of(2025, 4, 10)).to(LocalDate.of(2025, 4, 10)))))
                .containsExactly(round.id());
    }

    @Test
    void followingTheCursorReturnsEveryEntryExactlyOnceInTimelineOrder() {
        // Ties on the period start and on the recording time too, which only the id breaks.
        applyAll(
                roundHeld(TRACK, "2025-02-27", MORNING),
                roundHeld(TRACK, "2025-02-27", MORNING),
                roundHeld(TRACK, "2025-02-27", MORNING),
                roundHeld(TRACK, "2025-02", MORNING.plusSeconds(5)),
                roundHeld(TRACK, "2025-04-10", MORNING),
                roundHeld(TRACK, "2025-04-10", MORNING.minusSeconds(5)),
                roundHeld(TRACK, "2016/2018", MORNING));
        List<UUID> wholeTimeline = ids(timeline.find(TimelineQuery.everything().onTrack(TRACK)));

        List<UUID> paged = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        TimelineQuery query = TimelineQuery.everything().onTrack(TRACK).limit(3);
        TimelinePage page;
        do {
            page = timeline.find(query);
            paged.addAll(ids(page));
            pageSizes.add(page.entries().size());
            query = query.after(page.nextCursor());
        } while (page.nextCursor() != null);

        assertThat(wholeTimeline).hasSize(7).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(wholeTimeline);
        assertThat(pageSizes).containsExactly(3, 3, 1);
    }

    @Test
    void aDateWindowFindsTheEntriesOfEveryLengthThatReachIntoItInOrderPageByPage() {
        RecordedFact decade = roundHeld(TRACK, "2015/2025", MORNING);
        RecordedFact year = roundHeld(TRACK, "2020", MORNING);
        RecordedFact month = roundHeld(TRACK, "2020-03", MORNING);
        RecordedFact day = roundHeld(TRACK, "2020-03-16", MORNING);
        applyAll(roundHeld(TRACK, "2010/2014", MORNING), roundHeld(TRACK, "2019", MORNING),
                roundHeld(TRACK, "2020-02", MORNING), roundHeld(TRACK, "2020-03-14", MORNING), decade, year, month,
                day, roundHeld(TRACK, "2020-03-21", MORNING), roundHeld(TRACK, "2021", MORNING));
        TimelineQuery window = TimelineQuery.everything().onTrack(TRACK).from(LocalDate.of(2020, 3, 15))
                .to(LocalDate.of(2020, 3, 20));

        assertThat(ids(timeline.find(window))).containsExactly(decade.id(), year.id(), month.id(), day.id());
        TimelinePage first = timeline.find(window.limit(3));
        assertThat(ids(first)).containsExactly(decade.id(), year.id(), month.id());
        assertThat(ids(timeline.find(window.limit(3).after(first.nextCursor())))).containsExactly(day.id());
        // The longest month still reaches the window's first day from its own first day.
        assertThat(ids(timeline.find(TimelineQuery.everything().onTrack(TRACK).from(LocalDate.of(2020, 3, 31))
                .to(LocalDate.of(2020, 3, 31))))).containsExactly(decade.id(), year.id(), month.id());
    }

    @Test
    void aFullLastPageSaysThereIsNoNextPage() {
        applyAll(roundHeld(TRACK, "2025-02-27", MORNING), roundHeld(TRACK, "2025-04-10", MORNING));

        TimelinePage page = timeline.find(TimelineQuery.everything().onTrack(TRACK).limit(2));

        assertThat(page.entries()).hasSize(2);
        assertThat(page.nextCursor()).isNull();
    }

    private void applyAll(RecordedFact... facts) {
        for (RecordedFact fact : facts) {
            projector.apply(fact);
        }
    }

    private static List<UUID> ids(TimelinePage page) {
        return TimelineReadModel.json(page).stream().map(entry -> entry.get("id")).map(JsonNode::asText).map(UUID::fromString)
                .toList();
    }
}
