package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The event store is the outbox: Kafka being down neither blocks nor loses a fact. */
@Order(1)
class BrokerOutageIT {

    @Test
    void factsPostedWhileKafkaIsDownAreAcceptedThenPublishedAndProjectedWhenItIsBack() {
        SystemStack stack = SystemStack.get();
        assertThat(stack.isBrokerUp()).as("this test must run before any other starts the broker").isFalse();
        String track = Facts.newTrack();
        List<String> ids = new ArrayList<>();

        for (int round = 1; round <= 3; round++) {
            UUID id = UUID.randomUUID();
            Api.Answer answer = Api.post(stack.timeline().uri("/api/events"),
                    Facts.roundHeld(id, track, round, "2025-0" + round + "-10"));
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
            ids.add(id.toString());
        }
        stack.brokerUp();

        JsonNode entries = await("the facts on the timeline").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Api.get(stack.projection().uri("/api/timeline?track=" + track)).body().get("entries"),
                        found -> found != null && found.size() == 3);
        assertThat(entries.findValuesAsText("id")).containsExactlyElementsOf(ids);
    }
}
