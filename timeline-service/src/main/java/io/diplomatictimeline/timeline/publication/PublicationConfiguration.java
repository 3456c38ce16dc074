package io.diplomatictimeline.timeline.publication;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfiguration {

    /**
     * The topic keeps every fact for ever (no time or size retention): consumers rebuild their read models from its
     * beginning, and a fact that aged out would be a fact lost to every future replay.
     */
    @Bean
    NewTopic factTopic(PublicationProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .build();
    }

    /**
     * Publication is one tracking processor, one thread, whose token is the outbox's read position. It reads the
     * event store on its own stream (see EventStoreConfiguration), so nothing tells it that a fact was just stored: it
     * asks the store again after {@code poll-interval} without new facts, a query on the store's primary key.
     */
    @Autowired
    void publishInBatches(EventProcessingConfigurer processing, PublicationProperties properties) {
        processing.registerTrackingEventProcessor(KafkaFactPublisher.GROUP,
                org.axonframework.config.Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(properties.batchSize())
                        .andEventAvailabilityTimeout(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Axon's default only logs a handler's failure and moves on, which would skip the fact. Propagating it
     * makes the tracking processor keep its token, back off and retry until the broker takes the fact.
     */
    @Autowired
    void retryFailedPublications(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(KafkaFactPublisher.GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
