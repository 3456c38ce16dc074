package io.diplomatictimeline.projection.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.diplomatictimeline.projection.ContractSamples;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract samples, sent through Kafka's (de)serializers as timeline-service sends them, read back as facts. */
class ReadingFactsFromCloudEventsTest {

    private static final String TOPIC = "diplomatic-timeline.events";

    private final CloudEventFactReader reader = new CloudEventFactReader(new ObjectMapper());

    @ParameterizedTest
    @FieldSource("io.diplomatictimeline.projection.ContractSamples#ALL")
    void aBinaryModeEventOfEveryTypeOfTheContractIsReadWithItsDocumentKeptWhole(String sampleName) {
        ObjectNode sample = ContractSamples.sample(sampleName);

        RecordedFact fact = reader.read(throughKafka(cloudEventOf(sample), "BINARY"));

        assertThat(fact.id()).hasToString(sample.get("id").asText());
        assertThat(fact.type()).isEqualTo(sampleName);
        assertThat(fact.track()).isEqualTo("ru-us-embassy-talks");
        assertThat(fact.occurredOn()).hasToString(sample.get("occurredOn").asText());
        assertThat(fact.recordedAt()).isEqualTo(Instant.parse(sample.get("recordedAt").asText()));
        assertThat(fact.sequence()).isEqualTo(sample.get("sequence").longValue());
        assertThat(fact.document()).isEqualTo(sample);
    }

    @Test
    void aStructuredModeEventIsReadToo() {
        ObjectNode sample = ContractSamples.propertySeizureRaised();

        RecordedFact fact = reader.read(throughKafka(cloudEventOf(sample), "STRUCTURED"));

        assertThat(fact.document()).isEqualTo(sample);
    }

    @Test
    void detailsTheReadModelsDoNotKnowAreKeptAsTheyCame() {
        ObjectNode sample = ContractSamples.roundHeld().put("type", "statement-issued").put("occurredOn", "2025-03~");
        sample.putObject("details").put("speaker", "Sergey Lavrov").putArray("outlets").add("TASS");

        RecordedFact fact = reader.read(throughKafka(cloudEventOf(sample), "BINARY"));

        assertThat(fact.type()).isEqualTo("statement-issued");
        assertThat(fact.occurredOn().earliest()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(fact.occurredOn().latest()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(fact.document().get("details")).isEqualTo(sample.get("details"));
    }

    @Test
    void aTypeOutsideTheVocabularyIsRefusedWithTheListOfKnownOnes() {
        ObjectNode sample = ContractSamples.roundHeld().put("type", "summit-held");

        assertThatThrownBy(() -> reader.read(cloudEventOf(sample)))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("type 'summit-held' is not one of the vocabulary")
                .hasMessageContaining("round-held")
                .extracting(e -> ((UnreadableFactException) e).reason()).isEqualTo(DeadLetterReason.UNKNOWN_TYPE);
    }

    @Test
    void aRecordWithoutCloudEventHeadersIsNotACloudEvent() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 0, 0, "ru-us-embassy-talks",
                "round two, Istanbul".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(record))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("not a CloudEvent")
                .extracting(e -> ((UnreadableFactException) e).reason())
                .isEqualTo(DeadLetterReason.NOT_A_CLOUD_EVENT);
    }

    @Test
    void aBinaryModeRecordIsReadFromItsHeadersAndBytes() {
        ObjectNode sample = ContractSamples.roundHeld();
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        RecordHeaders headers = new RecordHeaders();
        byte[] value = serializer.serialize(TOPIC, headers, cloudEventOf(sample));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 0, 0, 0L, TimestampType.CREATE_TIME,
                0, value.length, "ru-us-embassy-talks", value, headers, Optional.empty());

        assertThat(reader.read(record).document()).isEqualTo(sample);
    }

    @Test
    void aFactWithoutSequenceIsStillAFact() {
        ObjectNode sample = ContractSamples.roundHeld();
        sample.remove("sequence");

        assertThat(reader.read(cloudEventOf(sample)).sequence()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "track", "type", "occurredOn", "recordedAt"})
    void aFactWithoutAFieldTheTimelineNeedsIsUnreadable(String field) {
        ObjectNode sample = ContractSamples.roundHeld();
        sample.remove(field);

        assertThatThrownBy(() -> reader.read(cloudEventOf(sample)))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining(field)
                .extracting(e -> ((UnreadableFactException) e).reason()).isEqualTo(DeadLetterReason.INVALID_FACT);
    }

    @Test
    void aFactWhoseOccurredOnIsNotAnEdtfDateIsUnreadable() {
        ObjectNode sample = ContractSamples.roundHeld().put("occurredOn", "2025-02-30");

        assertThatThrownBy(() -> reader.read(cloudEventOf(sample)))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("occurredOn")
                .hasMessageContaining("2025-02-30");
    }

    @Test
    void dataThatIsNotJsonIsUnreadable() {
        CloudEvent event = builder(UUID.randomUUID().toString(), "round-held", "ru-us-embassy-talks")
                .withData("round two, Istanbul".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> reader.read(event))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("not JSON")
                .extracting(e -> ((UnreadableFactException) e).reason()).isEqualTo(DeadLetterReason.NOT_JSON);
    }

    @Test
    void anEventWhoseIdIsNotTheFactsIdIsUnreadable() {
        ObjectNode sample = ContractSamples.roundHeld();

        assertThatThrownBy(() -> reader.read(cloudEventOf(sample, UUID.randomUUID().toString())))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("is not the fact's id");
    }

    private static CloudEvent cloudEventOf(ObjectNode fact) {
        return cloudEventOf(fact, fact.path("id").asText(UUID.randomUUID().toString()));
    }

    /** What timeline-service publishes: the fact as JSON data, its id, type and track in the attributes. */
    private static CloudEvent cloudEventOf(ObjectNode fact, String eventId) {
        return builder(eventId, fact.path("type").asText("round-held"), fact.path("track").asText("unknown"))
                .withTime(OffsetDateTime.parse(fact.path("recordedAt").asText("2025-04-10T12:00:00Z")))
                .withData(fact.toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static CloudEventBuilder builder(String id, String type, String track) {
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("urn:diplomatic-timeline:timeline-service"))
                .withType("io.diplomatictimeline.fact." + type)
                .withSubject(track)
                .withDataContentType("application/json");
    }

    private static CloudEvent throughKafka(CloudEvent event, String encoding) {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(
                CloudEventSerializer.ENCODING_CONFIG, encoding,
                CloudEventSerializer.EVENT_FORMAT_CONFIG, "application/cloudevents+json"), false);
        RecordHeaders headers = new RecordHeaders();
        byte[] value = serializer.serialize(TOPIC, headers, event);
        return new CloudEventDeserializer().deserialize(TOPIC, headers, value);
    }
}
