package io.diplomatictimeline.projection.consumption;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * How many records this instance sent to the dead-letter topic since it started, and the last one: the metric
 * {@code projection.dead.letters} (tagged by {@code reason}; {@code projection_dead_letters_total} in Prometheus) and
 * the details of the {@code deadLetters} health component. The dead-letter topic itself is the lasting record.
 */
@Component
public class DeadLetters {

    static final String METRIC = "projection.dead.letters";

    private final Map<DeadLetterReason, Counter> counters = new EnumMap<>(DeadLetterReason.class);
    private final AtomicReference<Last> last = new AtomicReference<>();

    DeadLetters(MeterRegistry meters) {
        // Every reason from the start, at zero, so a dashboard or an alert sees the series before the first one.
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            counters.put(reason, Counter.builder(METRIC)
                    .description("Records sent to the dead-letter topic because no retry can make them readable")
                    .tag("reason", reason.tag())
                    .register(meters));
        }
    }

    void count(DeadLetterReason reason, String record, String error) {
        counters.get(reason).increment();
        last.set(new Last(reason, record, error, Instant.now()));
    }

    public long count() {
        return Math.round(counters.values().stream().mapToDouble(Counter::count).sum());
    }

    /** The last dead letter since start, or null. */
    public Last last() {
        return last.get();
    }

    /**
     * @param record where it was read: topic-partition@offset
     */
    public record Last(DeadLetterReason reason, String record, String error, Instant at) {
    }
}
