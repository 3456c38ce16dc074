package io.diplomatictimeline.projection.consumption;

import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.roundHeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Records that no retry can make readable, one of each kind, published between readable facts of one track: each
 * lands on the dead-letter topic as it came, with the error in its headers, is counted in the metric and the health
 * details, and the facts behind it reach the timeline.
 */
class DeadLetteringUnreadableRecordsIT extends RunningProjectionService {

    private static final String DEAD_LETTER_TOPIC = "diplomatic-timeline.events.DLT";
    private static final List<String> REASONS = List.of("not-a-cloud-event", "not-json", "unknown-type",
            "invalid-fact");

    @Test
    void eachUnreadableRecordGoesToTheDeadLetterTopicWithItsErrorAndTheFactsBehindItStillAppear() {
        String track = freshTrack();
        Map<String, Double> countedBefore = deadLettersCounted();
        String notJsonId = UUID.randomUUID().toString();
        ObjectNode ofUnknownType = newFact(roundHeld(), track).put("type", "summit-held");
        ObjectNode withoutOccurredOn = newFact(roundHeld(), track);
        withoutOccurredOn.remove("occurredOn");
        ObjectNode readable = newFact(roundHeld(), track);

        publishGarbage(track);
        publishEvent(notJsonId, "round-held", track, "round two, Istanbul".getBytes(StandardCharsets.UTF_8));
        publish(ofUnknownType);
        publish(withoutOccurredOn);
        publish(readable);

        assertThat(awaitOnTimeline(readable)).containsExactly(entryOf(readable));
        List<ConsumerRecord<String, byte[]>> deadLetters = awaitDeadLetters(track, 4);
        assertThat(deadLetters).extracting(record -> header(record, "projection_dead-letter-reason"))
                .containsExactlyElementsOf(REASONS);
        assertThat(deadLetters).allSatisfy(record -> {
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
            assertThat(header(record, "kafka_dlt-exception-cause-fqcn")).endsWith(".UnreadableFactException");
            assertThat(header(record, "kafka_dlt-exception-stacktrace")).isNotBlank();
        });
        // Each as it came: the very bytes, and the CloudEvent's own headers.
        assertThat(new String(deadLetters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("round two, Istanbul");
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-message")).contains("not a CloudEvent");
        assertThat(header(deadLetters.get(1), "ce_id")).isEqualTo(notJsonId);
        assertThat(header(deadLetters.get(1), "kafka_dlt-exception-message")).contains("is not JSON");
        assertThat(header(deadLetters.get(2), "ce_type")).isEqualTo("io.diplomatictimeline.fact.summit-held");
        assertThat(header(deadLetters.get(2), "kafka_dlt-exception-message"))
                .contains("type 'summit-held' is not one of the vocabulary");
        assertThat(header(deadLetters.get(3), "kafka_dlt-exception-message")).contains("occurredOn is missing");
        assertThat(deadLetters.get(3).value()).isEqualTo(withoutOccurredOn.toString().getBytes(StandardCharsets.UTF_8));

        Map<String, Double> countedAfter = deadLettersCounted();
        REASONS.forEach(reason -> assertThat(countedAfter.get(reason)).as(reason)
                .isEqualTo(countedBefore.get(reason) + 1));
        JsonNode health = get("/actuator/health").getBody();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        JsonNode deadLetterHealth = health.at("/components/deadLetters");
        assertThat(deadLetterHealth.get("status").asText()).isEqualTo("UP");
        assertThat(deadLetterHealth.at("/details/count").asDouble())
                .isEqualTo(countedAfter.values().stream().mapToDouble(Double::doubleValue).sum());
        assertThat(deadLetterHealth.at("/details/lastReason").asText()).isEqualTo("invalid-fact");
        assertThat(deadLetterHealth.at("/details/topic").asText()).isEqualTo(DEAD_LETTER_TOPIC);
    }

    @Test
    void aChangeOfAnUnknownFactOrOfARetractedOneGoesToTheDeadLetterTopicAndChangesNothing() {
        String track = freshTrack();
        SampleFact neverPublished = SampleFact.of(ROUND_HELD).on(track);
        SampleChange ofAnUnknownFact = neverPublished.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04"));
        SampleFact withdrawn = SampleFact.of(ROUND_HELD).on(track);
        SampleChange retraction = withdrawn.retracted("no such round");
        SampleChange retractedAgain = withdrawn.retracted("still no such round");
        ObjectNode readable = newFact(roundHeld(), track);

        publish(ofAnUnknownFact.data());
        publish(withdrawn.document());
        publish(retraction.data());
        publish(retractedAgain.data());
        publish(readable);

        assertThat(awaitOnTimeline(readable)).containsExactly(entryOf(readable));
        List<ConsumerRecord<String, byte[]>> deadLetters = awaitDeadLetters(track, 2);
        assertThat(deadLetters).extracting(record -> header(record, "projection_dead-letter-reason"))
                .containsExactly("unknown-fact", "invalid-fact");
        assertThat(deadLetters).extracting(record -> header(record, "ce_id"))
                .containsExactly(ofAnUnknownFact.eventId().toString(), retractedAgain.eventId().toString());
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-message"))
                .contains(neverPublished.id().toString(), "not known here");
        assertThat(header(deadLetters.get(1), "kafka_dlt-exception-message")).contains("was retracted at");
        assertNotFound(get("/api/timeline/" + neverPublished.id()));
        JsonNode history = get("/api/timeline/" + withdrawn.id() + "/history").getBody();
        assertThat(history.get("versions")).extracting(version -> version.get("change").asText())
                .containsExactly("created", "retracted");
    }

    /** projection_dead_letters_total by reason, as Prometheus scrapes it. */
    private Map<String, Double> deadLettersCounted() {
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        Map<String, Double> counted = new HashMap<>();
        Matcher series = Pattern.compile("^projection_dead_letters_total\\{[^}]*reason=\"([a-z-]+)\"[^}]*} (\\S+)$",
                Pattern.MULTILINE).matcher(scrape);
        while (series.find()) {
            counted.put(series.group(1), Double.parseDouble(series.group(2)));
        }
        assertThat(counted).containsKeys(REASONS.toArray(String[]::new));
        return counted;
    }

    /** Reads the dead-letter topic from its start until the records keyed by the track are there. */
    private List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String track, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTER_TOPIC).stream()
                    .map(partition -> new TopicPartition(DEAD_LETTER_TOPIC, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(CONSUMPTION_TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (track.equals(record.key())) {
                        found.add(record);
                    }
                });
                return found.size() >= expected;
            });
            return found;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
