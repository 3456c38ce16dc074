package io.diplomatictimeline.projection.consumption;

import static io.diplomatictimeline.projection.ContractSamples.propertySeizureRaised;
import static io.diplomatictimeline.projection.ContractSamples.roundHeld;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Facts published to the topic as timeline-service publishes them, read back over the query API: each entry is the
 * fact as published, as its version 1.
 */
class ConsumingTheFactStreamIT extends RunningProjectionService {

    @Test
    void aPublishedFactAppearsOnTheTimelineExactlyAsItWasPublished() {
        ObjectNode fact = newFact(roundHeld(), freshTrack());

        publish(fact);

        assertThat(awaitOnTimeline(fact)).containsExactly(entryOf(fact));
        ResponseEntity<JsonNode> byId = get("/api/timeline/" + fact.get("id").asText());
        assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byId.getBody()).isEqualTo(entryOf(fact));
        assertThat(byId.getBody().at("/details/durationHours/max").asInt()).isEqualTo(5);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String track = freshTrack();
        ObjectNode fact = newFact(roundHeld(), track);
        ObjectNode later = newFact(propertySeizureRaised(), track);

        publish(fact);
        publish(fact);
        // Same track, same partition: once the later fact shows, the redelivery before it has been consumed.
        publish(later);

        List<JsonNode> entries = awaitOnTimeline(later);
        assertThat(entries).containsExactlyElementsOf(entriesOf(fact, later));
    }

    @Test
    void aStructuredModeEventIsProjectedToo() {
        ObjectNode fact = newFact(propertySeizureRaised(), freshTrack());

        publish(fact, "STRUCTURED");

        assertThat(awaitOnTimeline(fact)).containsExactly(entryOf(fact));
    }

    @Test
    void aTrackReadPageByPageShowsEveryFactOnceInTimelineOrder() {
        String track = freshTrack();
        ObjectNode secondRound = newFact(roundHeld(), track);
        ObjectNode firstRound = newFact(roundHeld(), track).put("occurredOn", "2025-02-27");
        ObjectNode seizures = newFact(propertySeizureRaised(), track).put("occurredOn", "2016/2018");
        publish(secondRound);
        publish(firstRound);
        publish(seizures);
        awaitOnTimeline(seizures);

        JsonNode firstPage = get("/api/timeline?limit=2&track=" + track).getBody();
        JsonNode lastPage = get("/api/timeline?limit=2&track=" + track
                + "&cursor=" + firstPage.get("nextCursor").asText()).getBody();
        JsonNode since2019 = get("/api/timeline?from=2019&track=" + track).getBody();

        assertThat(firstPage.get("entries")).containsExactlyElementsOf(entriesOf(seizures, firstRound));
        assertThat(lastPage.get("entries")).containsExactlyElementsOf(entriesOf(secondRound));
        assertThat(lastPage.get("nextCursor").isNull()).isTrue();
        assertThat(since2019.get("entries")).containsExactlyElementsOf(entriesOf(firstRound, secondRound));
    }
}
