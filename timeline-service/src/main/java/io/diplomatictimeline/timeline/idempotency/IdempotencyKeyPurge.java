package io.diplomatictimeline.timeline.idempotency;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired keys so the table holds at most one retention period of writes. Expired keys are already
 * ignored when looked up; this only keeps the table small. Harmless when several instances run it at once.
 */
@Component
class IdempotencyKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotencyKeys keys;

    IdempotencyKeyPurge(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "${timeline.idempotency.purge-interval:10m}",
            initialDelayString = "${timeline.idempotency.purge-interval:10m}")
    void purge() {
        int purged = keys.purgeExpired(Instant.now());
        if (purged > 0) {
            log.info("Purged {} expired idempotency keys", purged);
        }
    }
}
