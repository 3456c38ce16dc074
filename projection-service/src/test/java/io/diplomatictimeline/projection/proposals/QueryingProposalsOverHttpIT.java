package io.diplomatictimeline.projection.proposals;

import static io.diplomatictimeline.projection.ContractSamples.PROPOSAL_ANSWERED;
import static io.diplomatictimeline.projection.ContractSamples.PROPOSAL_MADE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleFact;
import org.junit.jupiter.api.Test;

/** Proposals from facts published to the topic, read over HTTP; "today" is fixed at 1 September 2025. */
class QueryingProposalsOverHttpIT extends RunningProjectionService {

    @Test
    void aProposalShowsEachStageItWentThroughAndHowManyDaysEachHasLasted() {
        String track = freshTrack();
        SampleFact flights = SampleFact.of(PROPOSAL_MADE).on(track).occurredOn("2025-02-27");
        SampleFact deferred = SampleFact.of(PROPOSAL_ANSWERED).on(track).occurredOn("2025-06")
                .details(details -> details.put("proposalId", flights.id().toString()));
        publish(flights.document());
        publish(deferred.document());

        JsonNode proposal = awaitAnswer("/api/proposals?track=" + track,
                answer -> answer.at("/proposals/0/stages").size() == 2).at("/proposals/0");

        assertThat(proposal.get("id").asText()).isEqualTo(flights.id().toString());
        assertThat(proposal.get("proposal").asText()).isEqualTo("Restore direct flights");
        assertThat(proposal.get("proposedBy").asText()).isEqualTo("RU");
        assertThat(proposal.get("proposedTo").asText()).isEqualTo("US");
        assertThat(proposal.get("madeOn").asText()).isEqualTo("2025-02-27");
        assertThat(proposal.get("roundNumber").asInt()).isEqualTo(1);
        assertThat(proposal.get("status").asText()).isEqualTo("deferred");
        JsonNode proposed = proposal.at("/stages/0");
        assertThat(proposed.get("stage").asText()).isEqualTo("proposed");
        assertThat(proposed.get("from").asText()).isEqualTo("2025-02-27");
        assertThat(proposed.get("since").asText()).isEqualTo("2025-02-27");
        assertThat(proposed.get("until").asText()).isEqualTo("2025-06-01");
        assertThat(proposed.get("days").asInt()).isEqualTo(94);
        JsonNode deferral = proposal.at("/stages/1");
        assertThat(deferral.get("stage").asText()).isEqualTo("deferred");
        assertThat(deferral.get("from").asText()).isEqualTo("2025-06");
        assertThat(deferral.get("since").asText()).isEqualTo("2025-06-01");
        assertThat(deferral.get("until").isNull()).isTrue();
        assertThat(deferral.get("days").asInt()).isEqualTo(92);
        assertThat(get("/api/proposals/" + flights.id()).getBody()).isEqualTo(proposal);
    }

    @Test
    void aTrackThatIsNoSlugIsA400ProblemNamingTrack() {
        assertBadParameter(get("/api/proposals?track=Flights!"), "track", "slug");
    }

    @Test
    void anUnknownProposalIsA404Problem() {
        assertNotFound(get("/api/proposals/direct-flights"));
    }
}
