package io.diplomatictimeline.projection.statements;

import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.timeline.FactReference;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Statements, with the facts they are about looked up on the timeline, as plain objects over a real database. */
class CollectingStatementsTest {

    private static final String TRACK = "ru-us-embassy-talks";
    private static final String OTHER_TRACK = "ru-us-flights";

    private final EveryReadModel readModels = new EveryReadModel();
    private final Statements statements = readModels.statements();

    @Test
    void aStatementShowsItsSpeakerQuoteOutletSourcesAndTheFactItIsAbout() {
        SampleFact round = SampleFact.of(ROUND_HELD).on(TRACK);
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(TRACK).about(round);

        readModels.applyAll(round, statement);

        assertThat(statements.find(StatementQuery.all())).singleElement().satisfies(said -> {
            assertThat(said.id()).isEqualTo(statement.id());
            assertThat(said.track()).isEqualTo(TRACK);
            assertThat(said.occurredOn()).isEqualTo("2025-04-10");
            assertThat(said.speaker()).isEqualTo(new Speaker("alexander-darchiev", "Alexander Darchiev",
                    "Ambassador of Russia to the United States", "RU"));
            assertThat(said.quote()).contains("'toxic legacy'");
            assertThat(said.outlet()).isEqualTo("IANS");
            assertThat(said.aboutFactId()).isEqualTo(round.id());
            assertThat(said.about()).isEqualTo(new FactReference(round.id(), "round-held",
                    round.document().get("title").asText()));
            assertThat(said.sources().get(0).get("publisher").asText()).isEqualTo("IANS");
        });
    }

    @Test
    void aStatementAboutAFactOfAnotherTrackThatArrivesBeforeItShowsWhatItIsAboutOnceTheFactArrives() {
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(OTHER_TRACK);
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(TRACK).about(seizure);

        readModels.apply(statement);
        Statement before = statements.find(StatementQuery.all().about(seizure.id())).get(0);
        readModels.apply(seizure);
        Statement after = statements.find(StatementQuery.all().about(seizure.id())).get(0);

        assertThat(before.aboutFactId()).isEqualTo(seizure.id());
        assertThat(before.about()).isNull();
        assertThat(after.about()).isEqualTo(new FactReference(seizure.id(), "property-seizure-raised",
                seizure.document().get("title").asText()));
    }

    @Test
    void statementsAreFoundBySpeakerIdOrNameWholeOrInPartByTheFactTheyAreAboutAndByTrackInTimelineOrder() {
        SampleFact round = SampleFact.of(ROUND_HELD).on(TRACK);
        SampleFact later = SampleFact.of(STATEMENT_ISSUED).on(TRACK).occurredOn("2025-04-11").about(round);
        SampleFact earlier = SampleFact.of(STATEMENT_ISSUED).on(OTHER_TRACK).occurredOn("2025-04-09");
        SampleFact byCoulter = SampleFact.of(STATEMENT_ISSUED).on(TRACK).about(round)
                .details(details -> details.with("speaker").put("name", "Sonata Coulter").put("country", "US"));

        readModels.applyAll(round, later, earlier, byCoulter);

        assertThat(ids(statements.find(StatementQuery.all())))
                .containsExactly(earlier.id(), byCoulter.id(), later.id());
        assertThat(ids(statements.find(StatementQuery.all().by("alexander-darchiev"))))
                .containsExactly(earlier.id(), later.id());
        assertThat(ids(statements.find(StatementQuery.all().by("alexander DARCHIEV"))))
                .containsExactly(earlier.id(), later.id());
        assertThat(ids(statements.find(StatementQuery.all().about(round.id()))))
                .containsExactly(byCoulter.id(), later.id());
        assertThat(ids(statements.find(StatementQuery.all().by("sonata-coulter").onTrack(TRACK))))
                .containsExactly(byCoulter.id());
        assertThat(ids(statements.find(StatementQuery.all().by("Darchiev"))))
                .containsExactly(earlier.id(), later.id());
        assertThat(ids(statements.find(StatementQuery.all().by("coulter")))).containsExactly(byCoulter.id());
        assertThat(statements.find(StatementQuery.all().by("Zakharova"))).isEmpty();
        assertThat(statements.find(StatementQuery.all().by("_"))).isEmpty();
    }

    @Test
    void redeliveringAStatementChangesNothing() {
        SampleFact round = SampleFact.of(ROUND_HELD).on(TRACK);
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(TRACK).about(round);
        readModels.applyAll(round, statement);
        List<Statement> once = statements.find(StatementQuery.all());

        readModels.applyAll(statement, round);

        assertThat(statements.find(StatementQuery.all())).isEqualTo(once).hasSize(1);
    }

    private static List<UUID> ids(List<Statement> statements) {
        return statements.stream().map(Statement::id).toList();
    }
}
