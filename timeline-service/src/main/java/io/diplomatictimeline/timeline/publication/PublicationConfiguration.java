package io.diplomatictimeline.timeline.publication;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

@Configuration
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfiguration {

    /** How often a segment's claim is renewed, well within the token store's claim timeout (5 s, application.yml). */
    private static final long CLAIM_EXTENSION_MILLIS = 1_000;
    /** How often an instance looks for segments to claim or to give up (PublicationInstances). */
    private static final long CLAIM_INTERVAL_MILLIS = 1_000;

    /**
     * The topic keeps every fact for ever (no time or size retention): consumers rebuild their read models from its
     * beginning, and a fact that aged out would be a fact lost to every future replay. With replicas, a write is
     * acknowledged (acks=all) only once min.insync.replicas brokers hold it.
     */
    @Bean
    NewTopic factTopic(PublicationProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(properties.minInsyncReplicas()))
                .build();
    }

    /**
     * Publication is a pooled streaming processor whose tokens are the outbox's read positions, one per segment of
     * the tracks, kept in the token store beside the events. Every instance sharing the store claims its fair share
     * of the segments ({@link PublicationInstances}); a track is in one segment, so its facts are published in order
     * by one instance at a time. The coordinator renews the claims of segments that wait for the broker, so a slow
     * acknowledgement does not let another instance take a segment that is still being published.
     */
    @Autowired
    void publishInBatches(EventProcessingConfigurer processing, PublicationProperties properties,
                          PublicationInstances instances) {
        processing.registerPooledStreamingEventProcessor(KafkaFactPublisher.GROUP,
                configuration -> {
                    ScheduledExecutorService polls = Executors.newSingleThreadScheduledExecutor(
                            new CustomizableThreadFactory("publication-polls-"));
                    configuration.onShutdown(polls::shutdownNow);
                    return new PolledEventStore(configuration.eventStore(), properties.pollInterval(), polls);
                },
                (configuration, builder) -> builder
                        .initialSegmentCount(properties.segments())
                        .batchSize(properties.batchSize())
                        .maxSegmentProvider(instances)
                        .tokenClaimInterval(CLAIM_INTERVAL_MILLIS)
                        .claimExtensionThreshold(CLAIM_EXTENSION_MILLIS)
                        .enableCoordinatorClaimExtension());
    }

    /**
     * Axon's default only logs a handler's failure and moves on, which would skip the fact. Propagating it
     * makes the processor keep its token, back off and retry until the broker takes the fact.
     */
    @Autowired
    void retryFailedPublications(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(KafkaFactPublisher.GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
