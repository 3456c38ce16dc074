package io.diplomatictimeline.projection.actors;

import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people the facts mention, folded from every fact they appear in. */
class KnowingTheActorsTest {

    private static final String TRACK = "ru-us-embassy-talks";
    private static final String AMBASSADOR = "Ambassador of Russia to the United States";

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final FactProjections projections = database.projecting(ActorsReadModel.projector(database.jdbc()));
    private final Actors actors = ActorsReadModel.query(database.jdbc());

    @Test
    void anActorsOfficesRunFromTheFirstToTheLastFactThatShowsThemInIt() {
        SampleFact asDeputyMinister = statementBy("Alexander Darchiev", "Deputy Foreign Minister", "2023-05");
        SampleFact asAmbassador = statementBy("Alexander Darchiev", AMBASSADOR, "2024-10-15");
        SampleFact secondRound = SampleFact.of(ROUND_HELD).on(TRACK).occurredOn("2025-04-10");
        SampleFact laterStatement = statementBy("Alexander Darchiev", AMBASSADOR, "2025-04-11");

        apply(secondRound, laterStatement, asDeputyMinister, asAmbassador);
        Actor darchiev = actors.byId("alexander-darchiev").orElseThrow();

        assertThat(darchiev.name()).isEqualTo("Alexander Darchiev");
        assertThat(darchiev.country()).isEqualTo("RU");
        assertThat(darchiev.offices()).containsExactly(
                new ActorOffice("Deputy Foreign Minister", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 1)),
                new ActorOffice(AMBASSADOR, LocalDate.of(2024, 10, 15), LocalDate.of(2025, 4, 11)));
        assertThat(darchiev.appearances()).extracting(Appearance::factId, Appearance::role).containsExactly(
                tuple(asDeputyMinister.id(), "speaker"),
                tuple(asAmbassador.id(), "speaker"),
                tuple(secondRound.id(), "head of delegation"),
                tuple(laterStatement.id(), "speaker"));
        assertThat(darchiev.appearances().get(2).title()).isEqualTo(secondRound.document().get("title").asText());
    }

    @Test
    void anActorListedAmongTheActorsAndAsSpeakerOrHeadOfDelegationAppearsOnceInThatFact() {
        // The round lists Darchiev among its actors and as head of the Russian delegation; the statement among its
        // actors and as its speaker.
        SampleFact round = SampleFact.of(ROUND_HELD).on(TRACK);
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(TRACK);

        apply(round, statement);

        assertThat(actors.all()).extracting(ActorSummary::id, ActorSummary::appearances).containsExactly(
                tuple("alexander-darchiev", 2), tuple("sonata-coulter", 1));
        assertThat(actors.byId("alexander-darchiev").orElseThrow().appearances())
                .extracting(Appearance::role).containsExactly("head of delegation", "speaker");
    }

    @Test
    void actorsAreListedByNameAndKnownByTheirLatestSpellingAndCountry() {
        SampleFact mfa = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK).occurredOn("2025-02-27").with(fact ->
                fact.putArray("actors").addObject().put("name", "Ministry of Foreign Affairs of Russia")
                        .put("country", "RU"));
        SampleFact accented = statementBy("Sergéy Ryabkóv", "Deputy Foreign Minister", "2025-01")
                .details(details -> details.with("speaker").putNull("country"));
        SampleFact plain = statementBy("Sergey Ryabkov", "Deputy Foreign Minister", "2025-03");

        apply(plain, mfa, accented);

        assertThat(actors.all()).extracting(ActorSummary::name, ActorSummary::country, ActorSummary::appearances)
                .containsExactly(
                        tuple("Ministry of Foreign Affairs of Russia", "RU", 1),
                        tuple("Sergey Ryabkov", "RU", 2));
        assertThat(actors.all().get(1).offices()).containsExactly(new ActorOffice("Deputy Foreign Minister",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1)));
        assertThat(actors.byId("nobody-at-all")).isEmpty();
    }

    @Test
    void redeliveringAFactCountsItOnce() {
        SampleFact round = SampleFact.of(ROUND_HELD).on(TRACK);
        SampleFact statement = statementBy("Alexander Darchiev", AMBASSADOR, "2025-04-11");
        apply(round, statement);
        List<ActorSummary> once = actors.all();

        apply(statement, round);

        assertThat(actors.all()).isEqualTo(once);
        assertThat(actors.byId("alexander-darchiev").orElseThrow().appearances()).hasSize(2);
    }

    private static SampleFact statementBy(String name, String office, String occurredOn) {
        return SampleFact.of(STATEMENT_ISSUED).on(TRACK).occurredOn(occurredOn)
                .with(fact -> fact.putArray("actors"))
                .details(details -> details.with("speaker").put("name", name).put("office", office)
                        .put("country", "RU"));
    }

    private void apply(SampleFact... facts) {
        for (SampleFact fact : facts) {
            projections.apply(fact.recorded());
        }
    }
}
