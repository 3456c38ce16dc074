package io.diplomatictimeline.projection.consumption;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Two kinds of failure, two answers. A record that cannot be read (not a CloudEvent, not JSON, not a fact of the
 * vocabulary) goes to the dead-letter topic at once, and the records behind it flow on. Any other failure, such as
 * the database being away, is retried on the same record until it succeeds: a projection that skipped it would lose
 * a fact and keep the partition's order no more.
 */
@Configuration
class ConsumptionErrorHandling {

    /** Picked up by Spring Boot's listener container factory. */
    @Bean
    DefaultErrorHandler factRecordErrorHandler(KafkaOperations<?, ?> kafka, DeadLetterTopic topic,
                                               DeadLetters deadLetters,
                                               @Value("${projection.retry-interval}") Duration retryInterval) {
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublisher(kafka, topic, deadLetters),
                new FixedBackOff(retryInterval.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        // Spring's own non-retryable exceptions (conversion, deserialization) are not retried already; unreadable
        // facts join them. Everything else is retried without end, and so never reaches the dead-letter topic.
        handler.addNotRetryableExceptions(UnreadableFactException.class);
        return handler;
    }
}
