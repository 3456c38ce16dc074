package io.diplomatictimeline.projection.responses;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reciprocity ledger over five moves of two tracks: each side's moves by type and year with the quantities their
 * details give, which the other side answered and how fast, which it has not; filtered, and as of any instant.
 */
class KeepingTheReciprocityLedgerTest {

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final EveryReadModel readModels = new EveryReadModel(database);
    private final FiveMoves moves = new FiveMoves();
    private final Reciprocity reciprocity = ResponsesReadModel.reciprocity(database.jdbc());

    private Ledger ledger(ReciprocityQuery query) {
        return reciprocity.ledger(query);
    }

    private static List<UUID> ids(List<Ledger.MoveView> moves) {
        return moves.stream().map(Ledger.MoveView::id).toList();
    }

    @Test
    void eachSidesMovesAreCountedByTypeAndYearWithTheirQuantitiesAndTheirAnswers() {
        moves.all().forEach(readModels::apply);

        Ledger ledger = ledger(ReciprocityQuery.between("US", "RU"));

        assertThat(ledger.countries()).containsExactly("US", "RU");
        Ledger.Side us = ledger.sides().get(0);
        assertThat(us).isEqualTo(new Ledger.Side("US", "RU", 3, 2, 1, 214.0,
                Map.of("diplomatsExpelled", 35L, "propertiesSeized", 5L), List.of(
                new Ledger.TypeAndYear("diplomats-expelled", 2016, 1, 1, 0, 213.0, Map.of("diplomatsExpelled", 35L)),
                new Ledger.TypeAndYear("property-seized", 2016, 1, 1, 0, 215.0, Map.of("propertiesSeized", 2L)),
                new Ledger.TypeAndYear("property-seized", 2017, 1, 0, 1, null, Map.of("propertiesSeized", 3L)))));
        Ledger.Side russia = ledger.sides().get(1);
        assertThat(russia.country()).isEqualTo("RU");
        assertThat(russia.moves()).isEqualTo(2);
        assertThat(russia.answered()).isEqualTo(1);
        assertThat(russia.medianDaysToResponse()).isEqualTo(32.0);
        assertThat(russia.quantities()).isEqualTo(Map.of("diplomatsExpelled", 755L, "propertiesSeized", 2L));
    }

    @Test
    void theAnsweredMovesListTheOtherSidesAnswersAndTheRestAreUnanswered() {
        moves.all().forEach(readModels::apply);

        Ledger ledger = ledger(ReciprocityQuery.between("RU", "US"));

        assertThat(ledger.answered()).extracting(answered -> answered.move().id())
                .containsExactly(moves.usExpels.id(), moves.usClosesCompounds.id(), moves.russiaCutsStaff.id());
        Ledger.AnsweredMove first = ledger.answered().get(0);
        assertThat(first.move().title()).isEqualTo("US expels 35 diplomats of RU");
        assertThat(first.move().quantities()).isEqualTo(Map.of("diplomatsExpelled", 35L));
        assertThat(first.daysToResponse()).isEqualTo(213L);
        // The compounds' closure follows up the expulsion, but it is the same side's: no answer.
        assertThat(first.answers()).containsExactly(new Ledger.Answer(moves.russiaCutsStaff.id(),
                "diplomats-expelled", "retaliates", "RU", "2017-07-30", "RU cuts the staff of US missions by 755",
                213L));
        assertThat(ids(ledger.unanswered())).containsExactly(moves.russiaTakesProperty.id(),
                moves.usClosesConsulate.id());
        assertThat(ledger.truncated()).isFalse();
    }

    @Test
    void asOfEachRecordingTheLedgerCountsTheMovesAndAnswersKnownThen() {
        List<SampleFact> all = moves.all();
        all.forEach(readModels::apply);
        AsOf afterTwo = AsOf.at(all.get(1).recorded().recordedAt());
        AsOf afterThree = AsOf.at(all.get(2).recorded().recordedAt());

        Ledger beforeTheAnswer = ledger(ReciprocityQuery.between("US", "RU").asOf(afterTwo));
        Ledger afterTheAnswer = ledger(ReciprocityQuery.between("US", "RU").asOf(afterThree));

        assertThat(beforeTheAnswer.sides().get(0).moves()).isEqualTo(2);
        assertThat(beforeTheAnswer.sides().get(0).answered()).isZero();
        assertThat(beforeTheAnswer.sides().get(1).moves()).isZero();
        assertThat(beforeTheAnswer.answered()).isEmpty();
        assertThat(afterTheAnswer.sides().get(0).answered()).isEqualTo(1);
        assertThat(afterTheAnswer.sides().get(0).medianDaysToResponse()).isEqualTo(213.0);
        assertThat(afterTheAnswer.answered()).extracting(answered -> answered.move().id())
                .containsExactly(moves.usExpels.id());
    }

    @Test
    void aRetractedAnswerNoLongerAnswersFromItsRetractionOn() {
        moves.all().forEach(readModels::apply);
        AsOf before = AsOf.at(moves.usClosesConsulate.recorded().recordedAt());

        readModels.apply(moves.russiaCutsStaff.retracted("misreported"));

        Ledger now = ledger(ReciprocityQuery.between("US", "RU"));
        assertThat(now.sides().get(0).answered()).isEqualTo(1);
        assertThat(now.sides().get(1).moves()).isEqualTo(1);
        assertThat(ids(now.unanswered())).contains(moves.usExpels.id());
        assertThat(ledger(ReciprocityQuery.between("US", "RU").asOf(before)).sides().get(0).answered()).isEqualTo(2);
    }

    @Test
    void theMovesCountedAreThoseOfTheTrackTypesAndPeriodAskedFor() {
        moves.all().forEach(readModels::apply);
        ReciprocityQuery pair = ReciprocityQuery.between("US", "RU");

        Ledger property = ledger(pair.onTrack(moves.property));
        Ledger expulsions = ledger(pair.ofTypes("diplomats-expelled"));
        Ledger of2017 = ledger(pair.between(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)));

        assertThat(property.sides()).extracting(Ledger.Side::moves).containsExactly(2L, 1L);
        // An answer counts wherever it was recorded: the staff cut answers the expulsion on the other track.
        assertThat(property.sides().get(0).answered()).isEqualTo(1);
        assertThat(expulsions.sides()).extracting(Ledger.Side::moves).containsExactly(1L, 1L);
        assertThat(expulsions.sides().get(1).answered()).isEqualTo(1);
        assertThat(of2017.sides()).extracting(Ledger.Side::moves).containsExactly(1L, 2L);
    }

    @Test
    void aPairWithoutMovesHasEmptySides() {
        moves.all().forEach(readModels::apply);

        Ledger ledger = ledger(ReciprocityQuery.between("RU", "TR"));

        assertThat(ledger.sides()).containsExactly(
                new Ledger.Side("RU", "TR", 0, 0, 0, null, Map.of(), List.of()),
                new Ledger.Side("TR", "RU", 0, 0, 0, null, Map.of(), List.of()));
        assertThat(ledger.answered()).isEmpty();
        assertThat(ledger.unanswered()).isEmpty();
    }
}
