package io.diplomatictimeline.projection.consumption;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Two kinds of failure, two answers. A record that cannot be read (not a CloudEvent, not a fact) goes to the
 * recoverer at once. Any other failure, such as the database being away, is retried on the same record until it
 * succeeds: a projection that skipped it would lose a fact and keep the partition's order no more.
 */
@Configuration
class ConsumptionErrorHandling {

    @Bean
    ConsumerRecordRecoverer unreadableRecordRecoverer() {
        return new LogAndSkipRecoverer();
    }

    /** Picked up by Spring Boot's listener container factory. */
    @Bean
    DefaultErrorHandler factRecordErrorHandler(ConsumerRecordRecoverer unreadableRecordRecoverer,
                                               @Value("${projection.retry-interval}") Duration retryInterval) {
        DefaultErrorHandler handler = new DefaultErrorHandler(unreadableRecordRecoverer,
                new FixedBackOff(retryInterval.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        // Deserialization failures are not retried by default already; unreadable facts join them.
        handler.addNotRetryableExceptions(UnreadableFactException.class);
        return handler;
    }
}
