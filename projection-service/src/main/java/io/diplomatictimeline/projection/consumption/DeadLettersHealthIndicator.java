package io.diplomatictimeline.projection.consumption;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code deadLetters} component of /actuator/health. Always UP: a dead letter is a record set aside so that the
 * others flow, not a fault of this service; the count and the last reason tell an operator to look at the topic.
 */
@Component
class DeadLettersHealthIndicator extends AbstractHealthIndicator {

    private final DeadLetters deadLetters;
    private final String topic;

    DeadLettersHealthIndicator(DeadLetters deadLetters, DeadLetterTopic topic) {
        this.deadLetters = deadLetters;
        this.topic = topic.name();
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.up().withDetail("topic", topic).withDetail("count", deadLetters.count());
        DeadLetters.Last last = deadLetters.last();
        if (last != null) {
            health.withDetail("lastReason", last.reason().tag())
                    .withDetail("lastRecord", last.record())
                    .withDetail("lastError", last.error())
                    .withDetail("lastAt", last.at().toString());
        }
    }
}
