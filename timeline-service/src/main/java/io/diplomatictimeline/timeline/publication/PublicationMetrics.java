package io.diplomatictimeline.timeline.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What an operator of several instances watches of publication, per instance: the segments it holds (the sum over
 * the instances should be the processor's segment count), the instances it sees, and how many facts stored in the
 * event store are past the oldest position of its segments (not yet acknowledged by Kafka; an upper bound, as each
 * segment publishes only its own tracks). An instance holding no segment reports no lag (NaN).
 */
@Component
class PublicationMetrics implements MeterBinder {

    private final EventProcessingConfiguration processing;
    private final EventStore store;
    private final PublicationInstances instances;

    PublicationMetrics(EventProcessingConfiguration processing, EventStore store, PublicationInstances instances) {
        this.processing = processing;
        this.store = store;
        this.instances = instances;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("timeline.publication.segments.claimed", instances, held -> held.claimed().size())
                .description("Segments of the kafka-publication processor this instance holds")
                .register(registry);
        Gauge.builder("timeline.publication.instances", instances, PublicationInstances::live)
                .description("timeline-service instances this one sees sharing publication, itself included")
                .register(registry);
        Gauge.builder("timeline.publication.lag", this, PublicationMetrics::lag)
                .description("Facts stored past the oldest position of this instance's segments, not yet on Kafka")
                .baseUnit("facts")
                .register(registry);
    }

    private double lag() {
        OptionalLong oldest = statuses().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        if (oldest.isEmpty()) {
            return Double.NaN;
        }
        TrackingToken head = store.createHeadToken();
        long newest = head == null ? oldest.getAsLong() : head.position().orElse(oldest.getAsLong());
        return Math.max(0, newest - oldest.getAsLong());
    }

    /** The processor's status of the segments this instance holds (it may keep others' stale: see claimed()). */
    private Collection<EventTrackerStatus> statuses() {
        Set<Integer> claimed = instances.claimed();
        return processing.eventProcessor(KafkaFactPublisher.GROUP, PooledStreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().entrySet().stream()
                        .filter(status -> claimed.contains(status.getKey()))
                        .map(Map.Entry::getValue).toList())
                .orElse(List.of());
    }
}
