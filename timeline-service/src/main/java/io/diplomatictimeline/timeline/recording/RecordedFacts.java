package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import io.diplomatictimeline.timeline.publication.FactDocument;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import io.diplomatictimeline.timeline.receipt.FactReceipts.FactVersion;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads an accepted fact back from the event store, by id, as it now reads: what a POST's Location points to, and
 * what a correction is applied to. The track keeps no copy of its facts; the receipt says where on the track the
 * event holding the fact's current wording is (the fact itself, or its latest correction).
 */
@Component
class RecordedFacts {

    private final FactReceipts receipts;
    private final EventStore eventStore;

    RecordedFacts(FactReceipts receipts, EventStore eventStore) {
        this.receipts = receipts;
        this.eventStore = eventStore;
    }

    Optional<FactReading> find(UUID id) {
        return receipts.version(id)
                .map(version -> new FactReading(FactDocument.of(current(version)), version.version(), version.status()));
    }

    /** The fact's wording at its current version. */
    RecordedFact current(FactVersion version) {
        UUID id = version.receipt().id();
        return eventStore
                // The receipt's sequences count from 1, the event store's from 0.
                .readEvents(version.receipt().track(), version.contentSequence() - 1)
                .asStream()
                .map(Message::getPayload)
                .map(payload -> wording(payload, id))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the event store holds no wording of fact " + id
                        + " at sequence " + version.contentSequence() + " of track " + version.receipt().track()));
    }

    private static Optional<RecordedFact> wording(Object payload, UUID id) {
        if (payload instanceof TimelineEvent fact && fact.fact().id().equals(id)) {
            return Optional.of(fact.recorded());
        }
        if (payload instanceof FactCorrected correction && correction.factId().equals(id)) {
            return Optional.of(correction.fact());
        }
        return Optional.empty();
    }
}
