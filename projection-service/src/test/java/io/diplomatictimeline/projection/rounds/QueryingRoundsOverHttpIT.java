package io.diplomatictimeline.projection.rounds;

import static io.diplomatictimeline.projection.ContractSamples.AGENDA_SET;
import static io.diplomatictimeline.projection.ContractSamples.AGREEMENT_REACHED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_SCHEDULED;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rounds put together from facts published to the topic, read over HTTP. */
class QueryingRoundsOverHttpIT extends RunningProjectionService {

    @Test
    void aRoundShowsWhatWasScheduledHeldSetAndAgreedThereAndWhatWasSaidAboutItOnAnotherTrack() {
        String track = freshTrack();
        SampleFact scheduled = SampleFact.of(ROUND_SCHEDULED).on(track);
        SampleFact held = SampleFact.of(ROUND_HELD).on(track);
        SampleFact agenda = SampleFact.of(AGENDA_SET).on(track);
        SampleFact agreement = SampleFact.of(AGREEMENT_REACHED).on(track).occurredOn("2025-04-10")
                .details(details -> details.put("roundNumber", 2));
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(freshTrack()).about(held);
        // The statement's track may be consumed before the round's: it shows once both are in.
        publishAll(statement, scheduled, held, agenda, agreement);

        JsonNode round = awaitAnswer("/api/rounds/" + track + "/2",
                answer -> answer.path("agreements").size() == 1 && answer.path("statements").size() == 1);

        assertThat(round.get("track").asText()).isEqualTo(track);
        assertThat(round.get("number").asInt()).isEqualTo(2);
        assertThat(round.get("status").asText()).isEqualTo("held");
        assertThat(round.get("scheduledFor").asText()).isEqualTo("2025-04-10");
        assertThat(round.get("heldOn").asText()).isEqualTo("2025-04-10");
        assertThat(round.at("/venue/city").asText()).isEqualTo("Istanbul");
        assertThat(round.get("hostCountry").asText()).isEqualTo("RU");
        assertThat(round.at("/delegations/1/head/name").asText()).isEqualTo("Sonata Coulter");
        assertThat(round.at("/durationHours/max").asInt()).isEqualTo(5);
        assertThat(round.at("/expectedDurationHours/min").asInt()).isEqualTo(4);
        assertThat(round.at("/agenda/0/text").asText()).isEqualTo("Return of diplomatic property");
        assertThat(round.at("/agreements/0/id").asText()).isEqualTo(agreement.id().toString());
        assertThat(round.at("/agreements/0/reciprocal").asBoolean()).isTrue();
        assertThat(round.at("/statements/0/speaker/id").asText()).isEqualTo("alexander-darchiev");
        assertThat(round.at("/statements/0/outlet").asText()).isEqualTo("IANS");
        assertThat(round.get("proposals")).isEmpty();
        assertThat(round.get("disputesDiscussed")).isEmpty();
        assertThat(round.get("contactsContinued")).isEmpty();
        assertThat(round.get("facts")).extracting(JsonNode::asText).containsExactly(
                scheduled.id().toString(), held.id().toString(), agenda.id().toString());
    }

    @Test
    void theRoundsOfATrackAreListedByNumberAndAScheduledRoundSaysSo() {
        String track = freshTrack();
        SampleFact first = SampleFact.of(ROUND_HELD).on(track).occurredOn("2025-02-27")
                .details(details -> details.put("roundNumber", 1).putNull("durationHours").put("hostCountry", "US"));
        SampleFact second = SampleFact.of(ROUND_SCHEDULED).on(track);
        publishAll(first, second);

        JsonNode rounds = awaitAnswer("/api/rounds?track=" + track, answer -> answer.path("rounds").size() == 2)
                .get("rounds");

        assertThat(rounds).extracting(round -> round.get("number").asInt()).containsExactly(1, 2);
        assertThat(rounds.get(0).get("status").asText()).isEqualTo("held");
        assertThat(rounds.get(0).get("durationHours").isNull()).isTrue();
        assertThat(rounds.get(1).get("status").asText()).isEqualTo("scheduled");
        assertThat(rounds.get(1).get("heldOn").isNull()).isTrue();
        assertThat(rounds.get(1).at("/expectedDurationHours/max").asInt()).isEqualTo(5);
        assertThat(get("/api/rounds").getBody().get("rounds")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aRoundAsOfAnInstantIsTheRoundAsItWasKnownThenAndACorrectionOrRetractionChangesItFromItsRecordingOn() {
        String track = freshTrack();
        SampleFact scheduled = SampleFact.of(ROUND_SCHEDULED).on(track);
        SampleFact held = SampleFact.of(ROUND_HELD).on(track);
        SampleChange redated = held.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange retraction = held.retracted("the round did not take place");
        publishAll(scheduled, held);
        publish(redated.data());
        publish(retraction.data());
        String round = "/api/rounds/" + track + "/2";
        awaitAnswer(round, answer -> "scheduled".equals(answer.path("status").asText()));

        JsonNode beforeHeld = get(round + "?asOf=" + recordedAt(held).minusNanos(1000)).getBody();
        JsonNode asHeld = get(round + "?asOf=" + recordedAt(held)).getBody();
        JsonNode asRedated = get(round + "?asOf=" + redated.recordedAt()).getBody();
        JsonNode now = get(round).getBody();

        assertThat(beforeHeld.get("status").asText()).isEqualTo("scheduled");
        assertThat(asHeld.get("status").asText()).isEqualTo("held");
        assertThat(asHeld.get("heldOn").asText()).isEqualTo("2025-04-10");
        assertThat(asRedated.get("heldOn").asText()).isEqualTo("2025-04-11");
        assertThat(now.get("status").asText()).isEqualTo("scheduled");
        assertThat(now.get("heldOn").isNull()).isTrue();
        assertThat(now.get("facts")).extracting(JsonNode::asText).containsExactly(scheduled.id().toString());
        assertThat(get("/api/rounds?track=" + track + "&asOf=" + redated.recordedAt()).getBody().get("rounds"))
                .containsExactly(asRedated);
        assertNotFound(get(round + "?asOf=" + recordedAt(scheduled).minusSeconds(1)));
    }

    @Test
    void aRoundNobodyScheduledOrHeldIsA404Problem() {
        assertNotFound(get("/api/rounds/" + freshTrack() + "/1"));
        assertNotFound(get("/api/rounds/" + freshTrack() + "/two"));
    }

    @Test
    void aTrackThatIsNoSlugIsA400ProblemNamingTrack() {
        assertBadParameter(get("/api/rounds?track=RU US"), "track", "slug");
    }

    private static Instant recordedAt(SampleFact fact) {
        return Instant.parse(fact.document().get("recordedAt").asText());
    }

    private void publishAll(SampleFact... facts) {
        for (SampleFact fact : facts) {
            publish(fact.document());
        }
    }
}
