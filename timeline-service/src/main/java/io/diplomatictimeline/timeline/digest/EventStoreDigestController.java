package io.diplomatictimeline.timeline.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import io.diplomatictimeline.timeline.publication.PublishedJson;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/events/digest: the digest of every event in the event store (facts, corrections and retractions), each
 * by its CloudEvent id and as published. Compare it with projection-service's GET /api/timeline/digest to check
 * that the read model holds each event exactly once.
 */
@RestController
class EventStoreDigestController {

    private final EventStorageEngine eventStore;
    private final PublishedJson published;
    private final ObjectMapper json;

    EventStoreDigestController(EventStorageEngine eventStore, PublishedJson published, ObjectMapper json) {
        this.eventStore = eventStore;
        this.published = published;
        this.json = json;
    }

    @GetMapping("/api/events/digest")
    FactDigest.Result digest() {
        FactDigest digest = new FactDigest(json);
        // Reads the whole store in batches, without waiting for new events.
        try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(null, false)) {
            events.map(TrackedEventMessage::getPayload)
                    .filter(TrackEvent.class::isInstance)
                    .map(TrackEvent.class::cast)
                    .forEach(event -> digest.add(event.eventId(), published.of(event)));
        }
        return digest.result();
    }
}
