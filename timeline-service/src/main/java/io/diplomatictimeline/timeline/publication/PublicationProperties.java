package io.diplomatictimeline.timeline.publication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where and how facts are published; see timeline.kafka.* in application.yml. */
@ConfigurationProperties("timeline.kafka")
public record PublicationProperties(String topic, int partitions, int replicas, int minInsyncReplicas,
                                    Duration sendTimeout, int batchSize, Duration pollInterval, int segments,
                                    Duration instanceTimeout) {
}
