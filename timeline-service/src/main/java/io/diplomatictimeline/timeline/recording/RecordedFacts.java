package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.TimelineEvent;
import io.diplomatictimeline.timeline.publication.FactDocument;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads an accepted fact back from the event store, by id: what a POST's Location points to. */
@Component
class RecordedFacts {

    private final FactReceipts receipts;
    private final EventStore eventStore;

    RecordedFacts(FactReceipts receipts, EventStore eventStore) {
        this.receipts = receipts;
        this.eventStore = eventStore;
    }

    Optional<FactDocument> find(UUID id) {
        return receipts.find(id).flatMap(stored -> eventStore
                // The receipt's sequence counts from 1, the event store's from 0.
                .readEvents(stored.receipt().track(), stored.receipt().sequence() - 1)
                .asStream()
                .map(message -> message.getPayload())
                .filter(TimelineEvent.class::isInstance)
                .map(TimelineEvent.class::cast)
                .filter(event -> event.fact().id().equals(id))
                .findFirst()
                .map(FactDocument::of));
    }
}
