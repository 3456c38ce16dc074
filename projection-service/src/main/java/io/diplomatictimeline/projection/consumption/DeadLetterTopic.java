package io.diplomatictimeline.projection.consumption;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * The dead-letter topic, {@code projection.dead-letter.topic}: created at start when it is missing, in the
 * background, so that a broker that is away does not hold the service up; and if that failed, before the first
 * dead letter.
 */
@Component
class DeadLetterTopic {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopic.class);

    private final NewTopic topic;
    private final KafkaAdmin admin;
    private volatile boolean known;

    DeadLetterTopic(@Value("${projection.dead-letter.topic}") String name,
                    @Value("${projection.dead-letter.partitions}") int partitions,
                    @Value("${projection.dead-letter.replicas}") short replicas,
                    KafkaAdmin admin) {
        this.topic = TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
        this.admin = admin;
    }

    String name() {
        return topic.name();
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAtStart() {
        Thread creation = new Thread(() -> {
            try {
                ensureExists();
            } catch (RuntimeException e) {
                log.warn("Dead-letter topic {} not checked at start ({}); it will be before the first dead letter",
                        topic.name(), e.getMessage());
            }
        }, "dead-letter-topic");
        creation.setDaemon(true);
        creation.start();
    }

    /** Creates the topic unless it is known to exist; throws when the broker cannot be asked. */
    void ensureExists() {
        if (!known) {
            admin.createOrModifyTopics(topic);
            known = true;
        }
    }
}
