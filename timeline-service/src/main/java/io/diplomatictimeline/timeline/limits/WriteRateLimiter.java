package io.diplomatictimeline.timeline.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * One token bucket per client, in memory. Buckets live in a bounded cache and are forgotten once untouched for
 * as long as a bucket takes to fill up again, when a new one would be identical: so a flood of distinct
 * addresses costs bounded memory and no client ever gains from being forgotten. Several instances each keep
 * their own buckets: the limit is per client and instance.
 */
@Component
public class WriteRateLimiter {

    private static final int MOST_CLIENTS_REMEMBERED = 100_000;

    private final LimitsProperties.RateLimit rate;
    private final Cache<String, Bucket> buckets;

    public WriteRateLimiter(LimitsProperties limits) {
        this.rate = limits.rate();
        Duration longestRefill = Stream.concat(Stream.of(rate.of(null)), rate.clients().values().stream())
                .map(LimitsProperties.Allowance::refillTime)
                .max(Duration::compareTo).orElseThrow();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MOST_CLIENTS_REMEMBERED)
                .expireAfterAccess(longestRefill)
                .build();
    }

    boolean enabled() {
        return rate.enabled();
    }

    /** Takes one write from the client's bucket (a token's client name, or null for the remote address). */
    Outcome tryWrite(String client, String remoteAddress) {
        LimitsProperties.Allowance allowance = rate.of(client);
        String key = client != null ? "client:" + client : "address:" + remoteAddress;
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance.burst())
                        .refillGreedy(allowance.writes(), allowance.per()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        String who = client != null ? "client '" + client + "'" : "address " + remoteAddress;
        return new Outcome(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()), who, allowance);
    }

    record Outcome(boolean allowed, long remaining, Duration retryAfter, String who,
                   LimitsProperties.Allowance allowance) {

        /** Whole seconds, rounded up and at least 1, as Retry-After needs. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
