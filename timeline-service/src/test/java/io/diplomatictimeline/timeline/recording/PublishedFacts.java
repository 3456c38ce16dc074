package io.diplomatictimeline.timeline.recording;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Reads the fact topic as an outside consumer would: CloudEvents, from the beginning. */
final class PublishedFacts implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String, CloudEvent> consumer;
    private final List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();

    PublishedFacts(EmbeddedKafkaBroker broker) {
        Map<String, Object> properties = KafkaTestUtils.consumerProps("test-reader-" + UUID.randomUUID(),
                "false", broker);
        properties.put("auto.offset.reset", "earliest");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new CloudEventDeserializer());
        consumer.subscribe(List.of("diplomatic-timeline.events"));
    }

    ConsumerRecord<String, CloudEvent> awaitRecordOf(UUID factId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            poll();
            return find(factId);
        }, Optional::isPresent).orElseThrow();
    }

    /** The first record that is {@code wanted}, read from the topic as it comes. */
    ConsumerRecord<String, CloudEvent> awaitRecord(Predicate<ConsumerRecord<String, CloudEvent>> wanted) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            poll();
            return seen.stream().filter(wanted).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    /** Every record of the fact read so far; call after awaiting a later fact to know the topic got past it. */
    List<ConsumerRecord<String, CloudEvent>> recordsOf(UUID factId) {
        poll();
        return seen.stream().filter(r -> r.value().getId().equals(factId.toString())).toList();
    }

    private Optional<ConsumerRecord<String, CloudEvent>> find(UUID factId) {
        return seen.stream().filter(r -> r.value().getId().equals(factId.toString())).findFirst();
    }

    private void poll() {
        // Short: awaitRecordOf polls again and again, and recordsOf must not stall a test that expects nothing.
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }

    /** The data of a record, as the JSON a consumer reads. */
    static JsonNode data(CloudEvent event) {
        try {
            return JSON.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
