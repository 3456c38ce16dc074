package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A contract sample made a fact of its own: a new id, and recorded a second after every sample fact made before it,
 * so that the order a test makes facts in is the order they were recorded in. A test changes only what it is about.
 */
public final class SampleFact {

    private static final Instant FIRST_RECORDING = Instant.parse("2025-04-10T09:00:00Z");
    private static final AtomicLong RECORDINGS = new AtomicLong();

    private final ObjectNode document;

    private SampleFact(ObjectNode document) {
        this.document = document;
    }

    public static SampleFact of(String type) {
        ObjectNode document = ContractSamples.sample(type)
                .put("id", UUID.randomUUID().toString())
                .put("recordedAt", FIRST_RECORDING.plusSeconds(RECORDINGS.incrementAndGet()).toString());
        return new SampleFact(document);
    }

    public SampleFact on(String track) {
        document.put("track", track);
        return this;
    }

    public SampleFact occurredOn(String edtf) {
        document.put("occurredOn", edtf);
        return this;
    }

    public SampleFact title(String title) {
        document.put("title", title);
        return this;
    }

    /** Changes anything else in the document. */
    public SampleFact with(Consumer<ObjectNode> change) {
        change.accept(document);
        return this;
    }

    public SampleFact details(Consumer<ObjectNode> change) {
        change.accept((ObjectNode) document.get("details"));
        return this;
    }

    public SampleFact about(SampleFact fact) {
        return details(details -> details.put("aboutFactId", fact.id().toString()));
    }

    public UUID id() {
        return UUID.fromString(document.get("id").asText());
    }

    public ObjectNode document() {
        return document;
    }

    /** The fact as the read models receive it. */
    public RecordedFact recorded() {
        return new RecordedFact(id(), document.get("type").asText(), document.get("track").asText(),
                EdtfDate.parse(document.get("occurredOn").asText()),
                Instant.parse(document.get("recordedAt").asText()), document.get("sequence").asLong(),
                document.deepCopy());
    }
}
