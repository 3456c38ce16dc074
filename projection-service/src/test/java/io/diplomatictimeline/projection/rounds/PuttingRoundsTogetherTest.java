package io.diplomatictimeline.projection.rounds;

import static io.diplomatictimeline.projection.ContractSamples.AGENDA_SET;
import static io.diplomatictimeline.projection.ContractSamples.AGREEMENT_REACHED;
import static io.diplomatictimeline.projection.ContractSamples.CONTACTS_CONTINUATION_AGREED;
import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_DISCUSSED;
import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.PROPOSAL_ANSWERED;
import static io.diplomatictimeline.projection.ContractSamples.PROPOSAL_MADE;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_SCHEDULED;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rounds put together from the facts about them, as plain objects over a real H2 database. */
class PuttingRoundsTogetherTest {

    private static final String TRACK = "ru-us-embassy-talks";
    private static final String OTHER_TRACK = "ru-us-statements";

    private final EveryReadModel readModels = new EveryReadModel();

    @Test
    void aHeldRoundShowsItsScheduleAgendaOutcomesDisputesAndWhatWasSaidAboutIt() {
        SampleFact scheduled = SampleFact.of(ROUND_SCHEDULED).on(TRACK);
        SampleFact held = SampleFact.of(ROUND_HELD).on(TRACK)
                .details(details -> details.remove("expectedDurationHours"));
        SampleFact agenda = SampleFact.of(AGENDA_SET).on(TRACK);
        SampleFact agreement = inRoundTwo(SampleFact.of(AGREEMENT_REACHED));
        SampleFact proposal = inRoundTwo(SampleFact.of(PROPOSAL_MADE));
        SampleFact deferral = SampleFact.of(PROPOSAL_ANSWERED).on(TRACK)
                .details(details -> details.put("proposalId", proposal.id().toString()));
        SampleFact contacts = inRoundTwo(SampleFact.of(CONTACTS_CONTINUATION_AGREED));
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK);
        SampleFact discussion = SampleFact.of(DISPUTE_DISCUSSED).on(TRACK)
                .details(details -> details.put("disputeId", seizure.id().toString()));
        SampleFact onTheRound = SampleFact.of(STATEMENT_ISSUED).on(OTHER_TRACK).about(held);
        SampleFact onTheAgreement = SampleFact.of(STATEMENT_ISSUED).on(TRACK).about(agreement)
                .occurredOn("2025-04-11");
        SampleFact onTheSeizure = SampleFact.of(STATEMENT_ISSUED).on(TRACK).about(seizure);

        readModels.applyAll(scheduled, held, agenda, agreement, proposal, deferral, contacts, seizure, discussion,
                onTheRound, onTheAgreement, onTheSeizure);
        Round round = readModels.rounds().find(TRACK, 2).orElseThrow();

        assertThat(round.status()).isEqualTo(Round.HELD);
        assertThat(round.scheduledFor()).isEqualTo("2025-04-10");
        assertThat(round.heldOn()).isEqualTo("2025-04-10");
        assertThat(round.venue().get("place").asText()).isEqualTo("Consulate General of Russia");
        assertThat(round.hostCountry()).isEqualTo("RU");
        assertThat(round.delegations()).extracting(delegation -> delegation.at("/head/name").asText())
                .containsExactly("Alexander Darchiev", "Sonata Coulter");
        // Expected "four or five hours" when scheduled; the held fact does not say, so the schedule's stands.
        assertThat(round.expectedDurationHours()).isEqualTo(scheduled.document().at("/details/expectedDurationHours"));
        assertThat(round.durationHours().get("max").asInt()).isEqualTo(5);
        assertThat(round.agenda()).extracting(item -> item.get("topic").asText())
                .containsExactly("diplomatic-property", "visas");
        assertThat(round.agreements()).singleElement().satisfies(reached -> {
            assertThat(reached.id()).isEqualTo(agreement.id());
            assertThat(reached.terms()).isEqualTo("Ensure uninterrupted financing of the diplomatic missions");
            assertThat(reached.reciprocal()).isTrue();
            assertThat(reached.parties()).extracting(JsonNode::asText).containsExactly("RU", "US");
        });
        assertThat(round.proposals()).singleElement().satisfies(made -> {
            assertThat(made.proposal()).isEqualTo("Restore direct flights");
            assertThat(made.status()).isEqualTo("deferred");
        });
        assertThat(round.contactsContinued()).extracting(RoundContacts::id).containsExactly(contacts.id());
        assertThat(round.disputesDiscussed()).singleElement().satisfies(dispute -> {
            assertThat(dispute.disputeId()).isEqualTo(seizure.id());
            assertThat(dispute.kind()).isEqualTo("diplomatic-property");
            assertThat(dispute.title()).isEqualTo(seizure.document().get("title").asText());
        });
        assertThat(round.statements()).extracting(RoundStatement::id)
                .containsExactly(onTheRound.id(), onTheAgreement.id());
        assertThat(round.statements().get(0).speaker().id()).isEqualTo("alexander-darchiev");
        assertThat(round.facts()).containsExactly(scheduled.id(), held.id(), agenda.id());
    }

    @Test
    void aRoundNotHeldYetIsScheduledForTheDateOfItsLatestSchedule() {
        SampleFact first = SampleFact.of(ROUND_SCHEDULED).on(TRACK).occurredOn("2025-04-03");
        SampleFact postponed = SampleFact.of(ROUND_SCHEDULED).on(TRACK).occurredOn("2025-04-10")
                .details(details -> details.put("expectedDurationHours", 6));
        // Brought forward afterwards: the schedule recorded last holds, not the latest date.
        SampleFact broughtForward = SampleFact.of(ROUND_SCHEDULED).on(TRACK).occurredOn("2025-04-08")
                .details(details -> details.put("expectedDurationHours", 3));

        readModels.applyAll(first, postponed, broughtForward);
        Round round = readModels.rounds().find(TRACK, 2).orElseThrow();

        assertThat(round.status()).isEqualTo(Round.SCHEDULED);
        assertThat(round.scheduledFor()).isEqualTo("2025-04-08");
        assertThat(round.heldOn()).isNull();
        assertThat(round.expectedDurationHours().asInt()).isEqualTo(3);
        assertThat(round.durationHours()).isNull();
        assertThat(round.delegations()).isEmpty();
        assertThat(round.venue().get("city").asText()).isEqualTo("Istanbul");
        assertThat(round.facts()).containsExactly(first.id(), broughtForward.id(), postponed.id());
    }

    @Test
    void aCorrectedEarlierScheduleIsNoReschedulingButTheCorrectionOfTheLatestScheduleHolds() {
        SampleFact first = SampleFact.of(ROUND_SCHEDULED).on(TRACK).occurredOn("2025-04-03");
        SampleFact postponed = SampleFact.of(ROUND_SCHEDULED).on(TRACK).occurredOn("2025-04-10");
        readModels.applyAll(first, postponed);

        readModels.apply(first.corrected("the venue was misspelt", fact -> fact.put("title", "Round two set")));
        String afterTheTypo = readModels.rounds().find(TRACK, 2).orElseThrow().scheduledFor();
        readModels.apply(postponed.corrected("postponed by a day more", fact -> fact.put("occurredOn", "2025-04-11")));

        assertThat(afterTheTypo).isEqualTo("2025-04-10");
        assertThat(readModels.rounds().find(TRACK, 2).orElseThrow().scheduledFor()).isEqualTo("2025-04-11");
    }

    @Test
    void roundsAreListedByTrackThenNumberAndAnUnknownRoundIsNotFound() {
        SampleFact secondHere = SampleFact.of(ROUND_HELD).on("b-track");
        SampleFact firstHere = SampleFact.of(ROUND_HELD).on("b-track").occurredOn("2025-02-27")
                .details(details -> details.put("roundNumber", 1));
        SampleFact elsewhere = SampleFact.of(ROUND_SCHEDULED).on("a-track")
                .details(details -> details.put("roundNumber", 7));
        // An agreement naming a round nothing scheduled or held is no round.
        SampleFact strayAgreement = SampleFact.of(AGREEMENT_REACHED).on("b-track")
                .details(details -> details.put("roundNumber", 9));

        readModels.applyAll(secondHere, firstHere, elsewhere, strayAgreement);

        assertThat(readModels.rounds().list(null)).extracting(Round::track, Round::number)
                .containsExactly(tuple("a-track", 7), tuple("b-track", 1), tuple("b-track", 2));
        assertThat(readModels.rounds().list("b-track")).extracting(Round::number).containsExactly(1, 2);
        assertThat(readModels.rounds().find("b-track", 9)).isEmpty();
        assertThat(readModels.rounds().find("a-track", 1)).isEmpty();
    }

    @Test
    void aStatementThatArrivesBeforeTheRoundItIsAboutShowsOnceTheRoundIsHeld() {
        SampleFact held = SampleFact.of(ROUND_HELD).on(TRACK);
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(OTHER_TRACK).about(held);

        readModels.apply(statement);
        readModels.apply(held);

        assertThat(readModels.rounds().find(TRACK, 2).orElseThrow().statements())
                .extracting(RoundStatement::id).containsExactly(statement.id());
    }

    @Test
    void redeliveringAnyFactOfTheRoundChangesNothing() {
        List<SampleFact> facts = List.of(SampleFact.of(ROUND_SCHEDULED).on(TRACK), SampleFact.of(ROUND_HELD).on(TRACK),
                SampleFact.of(AGENDA_SET).on(TRACK), inRoundTwo(SampleFact.of(AGREEMENT_REACHED)));
        facts.forEach(readModels::apply);
        Round once = readModels.rounds().find(TRACK, 2).orElseThrow();

        List<Boolean> redelivered = facts.stream().map(readModels::apply).toList();

        assertThat(redelivered).containsOnly(false);
        assertThat(readModels.rounds().find(TRACK, 2)).contains(once);
        assertThat(once.agenda()).hasSize(2);
        assertThat(once.agreements()).hasSize(1);
    }

    private static SampleFact inRoundTwo(SampleFact fact) {
        return fact.on(TRACK).occurredOn("2025-04-10").details(details -> details.put("roundNumber", 2));
    }
}
