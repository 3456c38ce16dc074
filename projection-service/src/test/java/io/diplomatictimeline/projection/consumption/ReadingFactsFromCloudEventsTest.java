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
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.Change;
import io.diplomatictimeline.projection.readmodel.FactChange;
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

        RecordedFact fact = reader.read(throughKafka(cloudEventOf(sample), "BINARY")).fact();

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

        RecordedFact fact = reader.read(throughKafka(cloudEventOf(sample), "STRUCTURED")).fact();

        assertThat(fact.document()).isEqualTo(sample);
    }

    @Test
    void detailsTheReadModelsDoNotKnowAreKeptAsTheyCame() {
        ObjectNode sample = ContractSamples.roundHeld().put("type", "statement-issued").put("occurredOn", "2025-03~");
        sample.putObject("details").put("speaker", "Sergey Lavrov").putArray("outlets").add("TASS");

        RecordedFact fact = reader.read(throughKafka(cloudEventOf(sample), "BINARY")).fact();

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

        assertThat(reader.read(record).fact().document()).isEqualTo(sample);
    }

    @Test
    void aFactWithoutSequenceIsStillAFact() {
        ObjectNode sample = ContractSamples.roundHeld();
        sample.remove("sequence");

        assertThat(reader.read(cloudEventOf(sample)).fact().sequence()).isNull();
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

    @Test
    void aFactAsFirstRecordedIsVersionOneCreatedByTheEventOfItsOwnIdWithItsDataAsReceived() {
        ObjectNode sample = ContractSamples.roundHeld();

        FactChange created = reader.read(throughKafka(cloudEventOf(sample), "BINARY"));

        assertThat(created.change()).isEqualTo(Change.CREATED);
        assertThat(created.eventId()).isEqualTo(created.factId()).hasToString(sample.get("id").asText());
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.fact().firstRecordedAt()).isEqualTo(created.fact().recordedAt());
        assertThat(created.data()).isEqualTo(sample.toString());
    }

    @Test
    void aCorrectionIsReadAsTheWholeFactAsItNowReadsAtALaterVersionUnderTheChangesOwnEventId() {
        SampleFact round = SampleFact.of(ContractSamples.ROUND_HELD);
        SampleChange correction = round.corrected("the round was held a day later",
                fact -> fact.put("occurredOn", "2025-04-11"));

        FactChange read = reader.read(throughKafka(cloudEventOf(correction.data()), "BINARY"));

        assertThat(read.change()).isEqualTo(Change.CORRECTED);
        assertThat(read.eventId()).isEqualTo(correction.eventId()).isNotEqualTo(round.id());
        assertThat(read.factId()).isEqualTo(round.id());
        assertThat(read.factType()).isEqualTo("round-held");
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.recordedAt()).isEqualTo(correction.recordedAt());
        assertThat(read.reason()).isEqualTo("the round was held a day later");
        assertThat(read.source().get("publisher").asText()).isEqualTo("TASS");
        assertThat(read.changes().get("occurredOn").asText()).isEqualTo("2025-04-11");
        assertThat(read.data()).isEqualTo(correction.data().toString());
        RecordedFact corrected = read.fact();
        assertThat(corrected.id()).isEqualTo(round.id());
        assertThat(corrected.occurredOn()).hasToString("2025-04-11");
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.recordedAt()).isEqualTo(correction.recordedAt());
        assertThat(corrected.firstRecordedAt()).isEqualTo(Instant.parse(round.document().get("recordedAt").asText()));
        assertThat(corrected.document()).isEqualTo(correction.data().get("fact"));
    }

    @Test
    void aRetractionIsReadWithItsReasonAndSourceAndNoFact() {
        SampleFact round = SampleFact.of(ContractSamples.ROUND_HELD);
        round.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange retraction = round.retracted("no such round took place");

        FactChange read = reader.read(throughKafka(cloudEventOf(retraction.data()), "STRUCTURED"));

        assertThat(read.change()).isEqualTo(Change.RETRACTED);
        assertThat(read.eventId()).isEqualTo(retraction.eventId());
        assertThat(read.factId()).isEqualTo(round.id());
        assertThat(read.track()).isEqualTo("ru-us-embassy-talks");
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.reason()).isEqualTo("no such round took place");
        assertThat(read.fact()).isNull();
        assertThat(read.data()).isEqualTo(retraction.data().toString());
    }

    @Test
    void theSourceAddedSampleIsReadAsASourceOfTheFactAtItsVersion() {
        ObjectNode sample = ContractSamples.sample(ContractSamples.SOURCE_ADDED);

        FactChange read = reader.read(throughKafka(cloudEventOf(sample), "BINARY"));

        assertThat(read.change()).isEqualTo(Change.SOURCE_ADDED);
        assertThat(read.eventId().toString()).isEqualTo(sample.get("id").asText());
        assertThat(read.factId().toString()).isEqualTo(sample.get("factId").asText());
        assertThat(read.factType()).isEqualTo("round-held");
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.source()).isEqualTo(sample.get("source"));
        assertThat(read.stance()).isEqualTo("confirms");
        assertThat(read.fact()).isNull();
        assertThat(read.data()).isEqualTo(sample.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stance", "source", "factId"})
    void aSourceAddedWithoutWhatItNeedsIsUnreadable(String field) {
        ObjectNode sample = ContractSamples.sample(ContractSamples.SOURCE_ADDED);
        sample.remove(field);

        assertThatThrownBy(() -> reader.read(cloudEventOf(sample)))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining(field)
                .extracting(e -> ((UnreadableFactException) e).reason()).isEqualTo(DeadLetterReason.INVALID_FACT);
    }

    @Test
    void aSourceAddedThatNeitherConfirmsNorDisputesIsUnreadable() {
        ObjectNode sample = ContractSamples.sample(ContractSamples.SOURCE_ADDED).put("stance", "agrees");

        assertThatThrownBy(() -> reader.read(cloudEventOf(sample)))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("stance 'agrees' is neither confirms nor disputes");
    }

    @Test
    void aChangeUnderAnotherEventIdThanItsOwnIsUnreadable() {
        SampleChange retraction = SampleFact.of(ContractSamples.ROUND_HELD).retracted("withdrawn");

        assertThatThrownBy(() -> reader.read(cloudEventOf(retraction.data(), UUID.randomUUID().toString())))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("is not the change's id")
                .extracting(e -> ((UnreadableFactException) e).reason()).isEqualTo(DeadLetterReason.INVALID_FACT);
    }

    @Test
    void aCorrectionWhoseFactIsAnotherFactIsUnreadable() {
        SampleChange correction = SampleFact.of(ContractSamples.ROUND_HELD).corrected("re-dated",
                fact -> fact.put("id", UUID.randomUUID().toString()));

        assertThatThrownBy(() -> reader.read(cloudEventOf(correction.data())))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("is not the factId");
    }

    @Test
    void aCorrectedFactWithoutAFieldTheTimelineNeedsIsUnreadableNamingItsPath() {
        SampleChange correction = SampleFact.of(ContractSamples.ROUND_HELD).corrected("undated",
                fact -> fact.remove("occurredOn"));

        assertThatThrownBy(() -> reader.read(cloudEventOf(correction.data())))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("fact.occurredOn is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\"two\""})
    void aChangeIsVersionTwoOrLater(String version) throws Exception {
        SampleChange retraction = SampleFact.of(ContractSamples.ROUND_HELD).retracted("withdrawn");
        retraction.data().set("version", new ObjectMapper().readTree(version));

        assertThatThrownBy(() -> reader.read(cloudEventOf(retraction.data())))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("version");
    }

    @Test
    void aChangeOfAFactOfATypeOutsideTheVocabularyIsOfAnUnknownType() {
        SampleChange retraction = SampleFact.of(ContractSamples.ROUND_HELD).retracted("withdrawn");
        retraction.data().put("factType", "summit-held");

        assertThatThrownBy(() -> reader.read(cloudEventOf(retraction.data())))
                .isInstanceOf(UnreadableFactException.class)
                .hasMessageContaining("factType 'summit-held'")
                .extracting(e -> ((UnreadableFactException) e).reason()).isEqualTo(DeadLetterReason.UNKNOWN_TYPE);
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
