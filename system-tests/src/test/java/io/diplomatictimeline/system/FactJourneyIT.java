package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A fact's whole path: POST, event store, Kafka record, projection, timeline query. */
@Order(2)
class FactJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SystemStack stack = SystemStack.get().brokerUp();

    @Test
    void aPostedFactReachesTheTopicAsACloudEventAndTheTimelineAsOneEntry() throws Exception {
        UUID id = UUID.randomUUID();
        String track = Facts.newTrack();

        Api.Answer receipt = Api.post(stack.timeline().uri("/api/events"), Facts.roundHeld(id, track, 1, "2025-02-27"));

        assertThat(receipt.status()).isEqualTo(201);
        ConsumerRecord<String, byte[]> record = awaitRecordOf(id);
        assertThat(record.key()).isEqualTo(track);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(id.toString());
        assertThat(header(record, "ce_type")).endsWith(".round-held");
        assertThat(header(record, "ce_subject")).isEqualTo(track);
        assertThat(Instant.parse(header(record, "ce_time")))
                .isEqualTo(Instant.parse(receipt.body().get("recordedAt").asText()));
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        JsonNode data = JSON.readTree(record.value());
        assertThat(data.get("title").asText()).isEqualTo("Round 1 of consultations");

        JsonNode entries = await("the entry on the timeline").atMost(Duration.ofMinutes(1))
                .until(() -> Api.get(stack.projection().uri("/api/timeline?track=" + track)).body().get("entries"),
                        found -> found != null && found.size() == 1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("id").asText()).isEqualTo(id.toString());
        assertThat(entry.get("occurredOn").asText()).isEqualTo("2025-02-27");
        assertThat(entry.get("sequence").asLong()).isEqualTo(1);
        assertThat(entry.get("recordedAt").asText()).isEqualTo(receipt.body().get("recordedAt").asText());
        assertThat(entry.get("details").get("durationHours").asInt()).isEqualTo(6);
        assertThat(Api.get(stack.projection().uri("/api/timeline/" + id)).status()).isEqualTo(200);
    }

    private ConsumerRecord<String, byte[]> awaitRecordOf(UUID id) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(SystemStack.TOPIC));
            return await("the record of " + id).atMost(Duration.ofMinutes(1)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().filter(r -> id.toString().equals(header(r, "ce_id"))).findFirst().orElse(null);
            }, found -> found != null);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
