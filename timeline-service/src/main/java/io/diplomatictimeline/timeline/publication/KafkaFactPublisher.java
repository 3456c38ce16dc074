package io.diplomatictimeline.timeline.publication;

import io.cloudevents.CloudEvent;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored fact, and every correction and retraction of one, to Kafka, keyed by track so that a
 * track's facts and their changes stay in order. It runs in the "kafka-publication" tracking processor, reading
 * the event store as an outbox: the command path never waits for Kafka. Sends go out without waiting one by one;
 * the processor's batch commits its token only once the broker has acknowledged every send of the batch
 * ({@link PendingSends}). A send that fails fails the batch, the processor backs off and retries from its last
 * token, so a fact is published at least once; consumers drop the duplicates by event id.
 */
@Component
@ProcessingGroup(KafkaFactPublisher.GROUP)
class KafkaFactPublisher {

    static final String GROUP = "kafka-publication";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final FactCloudEvents cloudEvents;
    private final PublicationProperties properties;

    KafkaFactPublisher(KafkaTemplate<String, CloudEvent> kafka, FactCloudEvents cloudEvents,
                       PublicationProperties properties) {
        this.kafka = kafka;
        this.cloudEvents = cloudEvents;
        this.properties = properties;
    }

    @EventHandler
    void on(TrackEvent event) {
        PendingSends.awaitBeforeCommit(kafka.send(properties.topic(), event.track(), cloudEvents.of(event)),
                properties.sendTimeout());
    }
}
