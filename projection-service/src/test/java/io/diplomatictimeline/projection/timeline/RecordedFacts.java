package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.ContractSamples;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;

/** Builds recorded facts from the round-held contract sample, with their own id and the fields a test varies. */
final class RecordedFacts {

    private RecordedFacts() {
    }

    static RecordedFact fact(String track, String type, String occurredOn, Instant recordedAt) {
        UUID id = UUID.randomUUID();
        ObjectNode document = ContractSamples.roundHeld()
                .put("id", id.toString())
                .put("type", type)
                .put("track", track)
                .put("occurredOn", occurredOn)
                .put("recordedAt", recordedAt.toString());
        return new RecordedFact(id, type, track, EdtfDate.parse(occurredOn), recordedAt,
                document.get("sequence").longValue(), document);
    }

    static RecordedFact roundHeld(String track, String occurredOn, Instant recordedAt) {
        return fact(track, "round-held", occurredOn, recordedAt);
    }
}
