package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Nothing lost under faults: processes killed with SIGKILL and the broker gone for a minute, under load. After
 * each fault, every fact that got a 2xx is in the event store, on the topic at least once, and in the read model
 * exactly once (the read model's digest equals the one computed from the event store).
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static FaultStack stack;
    private static final Set<UUID> acceptedSoFar = new HashSet<>();

    @BeforeAll
    static void startTheStack() throws Exception {
        stack = new FaultStack();
    }

    @AfterAll
    static void stopTheStack() {
        stack.close();
    }

    @Test
    @Order(1)
    void killingTimelineServiceUnderLoadLosesAndDuplicatesNothing() throws Exception {
        try (Load load = new Load(stack.timeline().uri("/api/events"), 4)) {
            awaitAccepted(load, 100);
            stack.timeline().kill();
            stack.timeline().start();
            stack.timeline().awaitHealthy();
            int before = load.accepted().size();
            awaitAccepted(load, before + 100);
            acceptedSoFar.addAll(load.accepted());
        }

        assertEveryAcceptedFactIsStoredPublishedAndProjectedOnce();
    }

    @Test
    @Order(2)
    void withKafkaDownForAMinuteFactsAreStillAcceptedAndAllArriveAfterwards() throws Exception {
        try (Load load = new Load(stack.timeline().uri("/api/events"), 4)) {
            awaitAccepted(load, 50);
            stack.broker().kill();
            long refusedBefore = load.refused();
            int acceptedBefore = load.accepted().size();
            await("a minute without Kafka").pollDelay(Duration.ofSeconds(60)).atMost(Duration.ofSeconds(61))
                    .until(() -> true);
            assertThat(load.refused()).as("POSTs refused while Kafka was down").isEqualTo(refusedBefore);
            assertThat(load.accepted().size()).as("POSTs accepted while Kafka was down").isGreaterThan(acceptedBefore);
            stack.broker().start();
            acceptedSoFar.addAll(load.accepted());
        }

        assertEveryAcceptedFactIsStoredPublishedAndProjectedOnce();
    }

    @Test
    @Order(3)
    void killingProjectionServiceMidConsumptionLeavesNoGapAndNoDuplicate() throws Exception {
        try (Load load = new Load(stack.timeline().uri("/api/events"), 4)) {
            awaitAccepted(load, 200);
            stack.projection().kill();
            awaitAccepted(load, 300);
            stack.projection().start();
            stack.projection().awaitHealthy();
            awaitAccepted(load, 500);
            acceptedSoFar.addAll(load.accepted());
        }

        assertEveryAcceptedFactIsStoredPublishedAndProjectedOnce();
    }

    private static void awaitAccepted(Load load, int count) {
        await(count + " facts accepted").atMost(Duration.ofMinutes(2)).until(() -> load.accepted().size() >= count);
    }

    private static void assertEveryAcceptedFactIsStoredPublishedAndProjectedOnce() {
        AtomicInteger missing = new AtomicInteger();
        acceptedSoFar.forEach(id -> {
            if (Api.get(stack.timeline().uri("/api/events/" + id)).status() != 200) {
                missing.incrementAndGet();
            }
        });
        assertThat(missing).as("accepted facts missing from the event store").hasValue(0);

        JsonNode store = digestOf(stack.timeline(), "/api/events/digest");
        await("the read model to hold exactly the event store's facts").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(digestOf(stack.projection(), "/api/timeline/digest")).isEqualTo(store));
        assertThat(store.get("facts").asInt()).isGreaterThanOrEqualTo(acceptedSoFar.size());
        assertThat(idsOnTheTopic()).containsAll(acceptedSoFar.stream().map(UUID::toString).toList());
    }

    private static JsonNode digestOf(ServiceProcess service, String path) {
        Api.Answer answer = Api.get(service.uri(path));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static Set<String> idsOnTheTopic() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<String> ids = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(SystemStack.TOPIC));
            await("the topic read to its end").atMost(Duration.ofMinutes(1)).until(() -> {
                int before = ids.size();
                consumer.poll(Duration.ofSeconds(1)).forEach(record -> {
                    var header = record.headers().lastHeader("ce_id");
                    if (header != null) {
                        ids.add(new String(header.value(), StandardCharsets.UTF_8));
                    }
                });
                return ids.size() >= acceptedSoFar.size() && ids.size() == before;
            });
        }
        return ids;
    }
}
