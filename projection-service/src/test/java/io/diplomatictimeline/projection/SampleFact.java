package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A contract sample made a fact of its own: a new id, and recorded a second after every sample fact (or change) made
 * before it, so that the order a test makes facts in is the order they were recorded in. A test changes only what it
 * is about. It can then be corrected and retracted ({@link SampleChange}), as timeline-service would publish it.
 */
public final class SampleFact {

    private static final Instant FIRST_RECORDING = Instant.parse("2025-04-10T09:00:00Z");
    private static final AtomicLong RECORDINGS = new AtomicLong();

    private final ObjectNode document;
    /** The fact as it reads after the changes made so far, and their number. */
    private ObjectNode current;
    private int version = 1;

    private SampleFact(ObjectNode document) {
        this.document = document;
    }

    public static SampleFact of(String type) {
        ObjectNode document = ContractSamples.sample(type)
                .put("id", UUID.randomUUID().toString())
                .put("recordedAt", nextRecording().toString());
        return new SampleFact(document);
    }

    /** A second after the last recording of any sample. */
    static Instant nextRecording() {
        return FIRST_RECORDING.plusSeconds(RECORDINGS.incrementAndGet());
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

    /**
     * A correction, recorded after every sample made so far: the fact as it now reads is the one it read before
     * with the change made to a copy of it.
     */
    public SampleChange corrected(String reason, Consumer<ObjectNode> change) {
        return corrected(reason, change, nextRecording());
    }

    /** A correction recorded at that instant. */
    public SampleChange corrected(String reason, Consumer<ObjectNode> change, Instant recordedAt) {
        ObjectNode before = currentDocument();
        ObjectNode after = before.deepCopy();
        change.accept(after);
        current = after;
        version++;
        return SampleChange.correction(this, version, before, after, reason, recordedAt);
    }

    /** A source added to the fact, recorded after every sample made so far; the fact stays at its version. */
    public SampleChange sourceAdded(String publisher, String stance) {
        return sourceAdded(publisher, stance, nextRecording());
    }

    /** A source added at that instant. */
    public SampleChange sourceAdded(String publisher, String stance, Instant recordedAt) {
        return SampleChange.sourceAddition(this, version, publisher, stance, recordedAt);
    }

    public SampleChange retracted(String reason) {
        return retracted(reason, nextRecording());
    }

    /** A retraction recorded at that instant. */
    public SampleChange retracted(String reason, Instant recordedAt) {
        version++;
        return SampleChange.retraction(this, version, reason, recordedAt);
    }

    public UUID id() {
        return UUID.fromString(document.get("id").asText());
    }

    /** The fact as first recorded. */
    public ObjectNode document() {
        return document;
    }

    /** The fact as it reads after the corrections made so far. */
    public ObjectNode currentDocument() {
        return current == null ? document.deepCopy() : current.deepCopy();
    }

    /** The fact as the read models receive it. */
    public RecordedFact recorded() {
        return new RecordedFact(id(), document.get("type").asText(), document.get("track").asText(),
                EdtfDate.parse(document.get("occurredOn").asText()),
                Instant.parse(document.get("recordedAt").asText()), document.get("sequence").asLong(),
                document.deepCopy());
    }
}
