package io.diplomatictimeline.projection.timeline;

import static io.diplomatictimeline.projection.ContractSamples.AGENDA_SET;
import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timeline's filters by actor, country, topic and text, as plain objects over a real H2 database. */
class FilteringTheTimelineTest {

    private static final String TRACK = "ru-us-embassy-talks";

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final FactProjections projections = database.projecting(TimelineReadModel.projector(database.jdbc()));
    private final TimelineQuery track = TimelineQuery.everything().onTrack(TRACK);

    /** Lists Darchiev among its actors and as head of the RU delegation, Coulter as head of the US one; in TR. */
    private final SampleFact round = SampleFact.of(ROUND_HELD).on(TRACK).occurredOn("2025-04-10");
    /** Names nobody; on diplomatic-property; quotes the Russian Foreign Ministry in its source. */
    private final SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK).occurredOn("2025-02-27")
            .with(fact -> fact.withArray("sources").addObject().put("publisher", "TASS")
                    .put("quote", "\"illegally seized\" (Russian Foreign Ministry)"));
    /** Darchiev as speaker only, no actors; the quote about a 'toxic legacy'. */
    private final SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(TRACK).occurredOn("2025-04-11")
            .with(fact -> fact.putArray("actors"));
    /** Agenda items on diplomatic-property and visas, no topics of its own. */
    private final SampleFact agenda = SampleFact.of(AGENDA_SET).on(TRACK).occurredOn("2025-04-09");

    @Test
    void anActorIsFoundByIdOrByNameWholeOrInPartWhateverItsCaseAmongActorsSpeakersAndHeadsOfDelegation() {
        applyAll(round, seizure, statement, agenda);

        assertThat(ids(track.withActor("alexander-darchiev"))).containsExactly(round.id(), statement.id());
        assertThat(ids(track.withActor("ALEXANDER DARCHIEV"))).containsExactly(round.id(), statement.id());
        assertThat(ids(track.withActor("Darchiev"))).containsExactly(round.id(), statement.id());
        assertThat(ids(track.withActor("xander-dar"))).containsExactly(round.id(), statement.id());
        // Coulter is only the head of the US delegation.
        assertThat(ids(track.withActor("Sonata Coulter"))).containsExactly(round.id());
        assertThat(ids(track.withActor("coulter"))).containsExactly(round.id());
        assertThat(ids(track.withActor("Zakharova"))).isEmpty();
        // A LIKE wildcard is looked for as itself.
        assertThat(ids(track.withActor("%"))).isEmpty();
    }

    @Test
    void aCountryMatchesItsPeopleItsDelegationsAndWhereTheFactTookPlace() {
        SampleFact elsewhere = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK)
                .with(fact -> fact.putObject("location").put("city", "Riyadh").put("country", "SA"));
        SampleFact usDelegationOnly = SampleFact.of(ROUND_HELD).on(TRACK).with(fact -> fact.putArray("actors"))
                .details(details -> details.putArray("delegations").addObject().put("country", "US"));
        applyAll(round, seizure, statement, elsewhere, usDelegationOnly);

        assertThat(ids(track.inCountry("RU"))).containsExactly(round.id(), statement.id());
        assertThat(ids(track.inCountry("US"))).containsExactly(round.id(), usDelegationOnly.id());
        assertThat(ids(track.inCountry("TR"))).containsExactly(round.id(), usDelegationOnly.id());
        assertThat(ids(track.inCountry("SA"))).containsExactly(elsewhere.id());
        assertThat(ids(track.inCountry("FR"))).isEmpty();
    }

    @Test
    void aTopicMatchesTheTopicsOfAFactAndTheTopicsOfItsAgendaItems() {
        applyAll(round, seizure, statement, agenda);

        assertThat(ids(track.onTopic("diplomatic-property"))).containsExactly(seizure.id(), agenda.id(), round.id());
        assertThat(ids(track.onTopic("visas"))).containsExactly(agenda.id(), round.id());
        assertThat(ids(track.onTopic("direct-flights"))).isEmpty();
    }

    @Test
    void textIsFoundInTitlesSummariesSourceQuotesAndQuotesWhateverItsCaseOrAccents() {
        SampleFact summarised = SampleFact.of(ROUND_HELD).on(TRACK)
                .with(fact -> fact.put("summary", "Held at the Résidence of the US Consul General"));
        applyAll(round, seizure, statement, summarised);

        assertThat(ids(track.containing("TOXIC legacy"))).containsExactly(statement.id());
        assertThat(ids(track.containing("illegally seized"))).containsExactly(seizure.id());
        assertThat(ids(track.containing("residence"))).containsExactly(summarised.id());
        assertThat(ids(track.containing("Second round of"))).containsExactly(round.id(), summarised.id());
        assertThat(ids(track.containing("round of russia–us consultations"))).hasSize(2);
    }

    @Test
    void wildcardsInTheSearchTextAreTakenLiterally() {
        SampleFact percent = SampleFact.of(ROUND_HELD).on(TRACK).title("Talks 100% on track_2");
        applyAll(round, percent);

        assertThat(ids(track.containing("100%"))).containsExactly(percent.id());
        assertThat(ids(track.containing("k_2"))).containsExactly(percent.id());
        assertThat(ids(track.containing("%"))).containsExactly(percent.id());
        assertThat(ids(track.containing("_"))).containsExactly(percent.id());
        assertThat(ids(track.containing("\\"))).isEmpty();
    }

    @Test
    void theFiltersCombineWithEachOtherAndWithPaging() {
        applyAll(round, seizure, statement, agenda);
        TimelineQuery darchievOnTheTrack = track.withActor("alexander-darchiev").inCountry("RU").limit(1);

        TimelinePage first = TimelineReadModel.find(database.jdbc(), darchievOnTheTrack);
        TimelinePage second = TimelineReadModel.find(database.jdbc(), darchievOnTheTrack.after(first.nextCursor()));

        assertThat(ids(first)).containsExactly(round.id());
        assertThat(ids(second)).containsExactly(statement.id());
        assertThat(second.nextCursor()).isNull();
        assertThat(ids(track.onTopic("diplomatic-property").containing("second round")))
                .containsExactly(agenda.id(), round.id());
        assertThat(ids(track.onTopic("visas").containing("agenda"))).containsExactly(agenda.id());
        assertThat(ids(track.withActor("alexander-darchiev").ofTypes("statement-issued")))
                .containsExactly(statement.id());
        assertThat(ids(TimelineQuery.everything().onTrack("another-track").withActor("alexander-darchiev")))
                .isEmpty();
    }

    @Test
    void aRedeliveredFactIsFoundOnce() {
        applyAll(round, statement, round, statement);

        assertThat(ids(track.withActor("alexander-darchiev"))).containsExactly(round.id(), statement.id());
        assertThat(ids(track.containing("legacy"))).containsExactly(statement.id());
    }

    private void applyAll(SampleFact... facts) {
        for (SampleFact fact : facts) {
            projections.apply(fact.recorded());
        }
    }

    private List<UUID> ids(TimelineQuery query) {
        return ids(TimelineReadModel.find(database.jdbc(), query));
    }

    private static List<UUID> ids(TimelinePage page) {
        List<UUID> ids = new ArrayList<>();
        for (JsonNode entry : TimelineReadModel.json(page)) {
            ids.add(UUID.fromString(entry.get("id").asText()));
        }
        return ids;
    }
}
