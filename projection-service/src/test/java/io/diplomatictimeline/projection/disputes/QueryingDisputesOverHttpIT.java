package io.diplomatictimeline.projection.disputes;

import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_DISCUSSED;
import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_RESOLVED;
import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Disputes from facts published to the topic, read over HTTP. */
class QueryingDisputesOverHttpIT extends RunningProjectionService {

    @Test
    void theSeizedPropertyDisputeShowsItsDetailsAndWhereItWasDiscussedAndTheResolvedOneIsFoundByStatus() {
        String track = freshTrack();
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(track).occurredOn("2025-02-27");
        SampleFact discussion = SampleFact.of(DISPUTE_DISCUSSED).on(track)
                .details(details -> details.put("disputeId", seizure.id().toString()));
        SampleFact movement = SampleFact.of(DISPUTE_RAISED).on(track);
        SampleFact settled = SampleFact.of(DISPUTE_RESOLVED).on(track)
                .details(details -> details.put("disputeId", movement.id().toString()));
        for (SampleFact fact : new SampleFact[] {seizure, discussion, movement, settled}) {
            publish(fact.document());
        }

        JsonNode resolved = awaitAnswer("/api/disputes?status=resolved&track=" + track,
                answer -> answer.path("disputes").size() == 1).get("disputes");
        JsonNode open = get("/api/disputes?status=open&track=" + track).getBody().get("disputes");
        JsonNode property = get("/api/disputes/" + seizure.id()).getBody();

        assertThat(resolved.at("/0/id").asText()).isEqualTo(movement.id().toString());
        assertThat(resolved.at("/0/resolution/factId").asText()).isEqualTo(settled.id().toString());
        assertThat(resolved.at("/0/resolution/occurredOn").asText()).isEqualTo("2025-09");
        assertThat(open).extracting(dispute -> dispute.get("id").asText()).containsExactly(seizure.id().toString());
        assertThat(property.get("kind").asText()).isEqualTo("diplomatic-property");
        assertThat(property.get("status").asText()).isEqualTo("open");
        assertThat(property.get("raisedOn").asText()).isEqualTo("2025-02-27");
        assertThat(property.at("/details/propertyCount").asInt()).isEqualTo(6);
        assertThat(property.at("/details/seizedBetween").asText()).isEqualTo("2016/2018");
        assertThat(property.at("/discussedIn/0/roundNumber").asInt()).isEqualTo(2);
        assertThat(property.at("/discussedIn/0/factId").asText()).isEqualTo(discussion.id().toString());
        assertThat(property.get("resolution").isNull()).isTrue();
        assertThat(get("/api/disputes?track=" + track).getBody().get("disputes"))
                .extracting(dispute -> dispute.get("id").asText())
                .containsExactly(seizure.id().toString(), movement.id().toString());
    }

    @Test
    void aDisputeAsOfAnInstantIsAsItWasKnownThenAndARetractedResolutionReopensItFromItsRecordingOn() {
        String track = freshTrack();
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(track);
        SampleFact settled = SampleFact.of(DISPUTE_RESOLVED).on(track)
                .details(details -> details.put("disputeId", seizure.id().toString()));
        SampleChange retraction = settled.retracted("the property was not returned after all");
        publish(seizure.document());
        publish(settled.document());
        publish(retraction.data());
        String dispute = "/api/disputes/" + seizure.id();
        awaitAnswer("/api/timeline/" + settled.id(), entry -> "retracted".equals(entry.path("status").asText()));

        JsonNode resolvedThen = get(dispute + "?asOf=" + retraction.recordedAt().minusNanos(1000)).getBody();
        JsonNode now = get(dispute).getBody();

        assertThat(resolvedThen.get("status").asText()).isEqualTo("resolved");
        assertThat(resolvedThen.at("/resolution/factId").asText()).isEqualTo(settled.id().toString());
        assertThat(now.get("status").asText()).isEqualTo("open");
        assertThat(now.get("resolution").isNull()).isTrue();
        assertThat(get("/api/disputes?status=resolved&track=" + track + "&asOf="
                + retraction.recordedAt().minusNanos(1000)).getBody().get("disputes")).containsExactly(resolvedThen);
        assertThat(get("/api/disputes?status=resolved&track=" + track).getBody().get("disputes")).isEmpty();
        assertThat(get("/api/disputes?track=" + track + "&asOf="
                + Instant.parse(seizure.document().get("recordedAt").asText()).minusSeconds(1)).getBody()
                .get("disputes")).isEmpty();
        assertNotFound(get(dispute + "?asOf="
                + Instant.parse(seizure.document().get("recordedAt").asText()).minusSeconds(1)));
    }

    @Test
    void anUnknownDisputeIsA404Problem() {
        assertNotFound(get("/api/disputes/" + UUID.randomUUID()));
        assertNotFound(get("/api/disputes/the-property-dispute"));
    }

    @Test
    void aStatusOtherThanOpenOrResolvedIsA400ProblemNamingStatus() {
        assertBadParameter(get("/api/disputes?status=closed"), "status", "open or resolved");
    }
}
