package io.diplomatictimeline.timeline.recording;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends a command until its events are appended, judging it again each time the event store refuses them: another
 * instance wrote the track first (the track then leaves the cache as the unit of work rolls back, and the next attempt
 * is judged on the track as stored: accepted, or refused by the history as it now is), or two writers deadlocked in
 * the database. Axon reports a taken sequence as a ConcurrencyException, or, when it does not recognise the database's
 * error (H2's batch insert, a PostgreSQL deadlock), as an EventStoreException; a retry after any failed append is
 * safe, nothing was stored. The attempts are counted, and spaced by a short random pause: two instances that keep
 * colliding on a track would otherwise collide again at once.
 */
@Component
class CommandRetries {

    /** Enough for any realistic contention on one track; each attempt is judged on the track as stored. */
    private static final int ATTEMPTS = 10;
    private static final long MOST_MILLIS = 20;

    private final Counter afterConflict;
    private final Counter afterGroupFailure;

    CommandRetries(MeterRegistry registry) {
        this.afterConflict = retries(registry, "conflict");
        this.afterGroupFailure = retries(registry, "group-failed");
    }

    private static Counter retries(MeterRegistry registry, String after) {
        return Counter.builder("timeline.command.retries")
                .description("Commands judged again after their events could not be appended")
                .tag("after", after)
                .register(registry);
    }

    <T> T untilAppended(Supplier<T> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return command.get();
            } catch (ConcurrencyException | EventStoreException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                afterConflict.increment();
                pause();
            }
        }
    }

    /** Whether the store refused the events of a unit of work, so that judging its commands again is safe. */
    static boolean isConflict(RuntimeException e) {
        return e instanceof ConcurrencyException || e instanceof EventStoreException;
    }

    /** A group whose events the store refused, judged again as a whole. */
    void groupConflicted(int facts) {
        afterConflict.increment(facts);
        pause();
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(1, MOST_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A group that failed as a whole: each of its facts is judged again on its own. */
    void groupFailed(int facts) {
        afterGroupFailure.increment(facts);
    }
}
