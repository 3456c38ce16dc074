package io.diplomatictimeline.timeline.publication;

import io.cloudevents.CloudEvent;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored fact, and every correction and retraction of one, to Kafka, keyed by track so that a
 * track's facts and their changes stay in order. It runs in the "kafka-publication" processor, reading the event
 * store as an outbox: the command path never waits for Kafka. Sends go out without waiting one by one;
 * the processor's batch commits its token only once the broker has acknowledged every send of the batch
 * ({@link PendingSends}). A send that fails fails the batch, the processor backs off and retries from its last
 * token, so a fact is published at least once; consumers drop the duplicates by event id. The request's trace, kept
 * in the event's metadata (W3C Trace Context, tracing package), goes along in the record's headers.
 */
@Component
@ProcessingGroup(KafkaFactPublisher.GROUP)
class KafkaFactPublisher {

    static final String GROUP = "kafka-publication";
    /** W3C Trace Context's fields, as the tracing package writes them into an event's metadata. */
    private static final List<String> TRACE_FIELDS = List.of("traceparent", "tracestate");

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
    void on(TrackEvent event, MetaData metaData) {
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(properties.topic(), event.track(),
                cloudEvents.of(event));
        for (String field : TRACE_FIELDS) {
            if (metaData.get(field) instanceof String value) {
                record.headers().add(field, value.getBytes(StandardCharsets.UTF_8));
            }
        }
        PendingSends.awaitBeforeCommit(kafka.send(record), properties.sendTimeout());
    }
}
