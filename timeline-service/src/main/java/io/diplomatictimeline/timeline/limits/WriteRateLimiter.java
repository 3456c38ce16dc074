package io.diplomatictimeline.timeline.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One token bucket per client, from a {@link BucketStore}: in memory (the limit is per client and instance) or shared
 * in PostgreSQL (per client, for every instance). This instance's handles on them live in a bounded cache and are
 * forgotten once untouched for as long as a bucket takes to fill up again, when a new one would be identical: so a
 * flood of distinct addresses costs bounded memory and no client ever gains from being forgotten.
 */
public class WriteRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(WriteRateLimiter.class);
    private static final int MOST_CLIENTS_REMEMBERED = 100_000;
    /** Longer keys (a JWT's subject may be anything) are stored by their SHA-256. */
    private static final int LONGEST_KEY = 500;

    private final LimitsProperties.RateLimit rate;
    private final BucketStore store;
    private final Cache<String, Bucket> buckets;

    WriteRateLimiter(LimitsProperties limits, BucketStore store) {
        this.rate = limits.rate();
        this.store = store;
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

    /**
     * Takes one write from the client's bucket (a token's client name, or null for the remote address). Should the
     * shared store not answer (the database is away), the write is let through: it needs the database too, and
     * refusing it with 429 would tell the client to slow down for the wrong reason.
     */
    Outcome tryWrite(String client, String remoteAddress) {
        LimitsProperties.Allowance allowance = rate.of(client);
        String key = key(client != null ? "client:" + client : "address:" + remoteAddress);
        String who = client != null ? "client '" + client + "'" : "address " + remoteAddress;
        ConsumptionProbe probe;
        try {
            probe = buckets.get(key, k -> store.bucket(k, configuration(allowance))).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException storeAway) {
            log.warn("The rate limit's buckets could not be reached ({}); the write of {} is let through",
                    storeAway.toString(), who);
            return new Outcome(true, allowance.burst(), Duration.ZERO, who, allowance);
        }
        return new Outcome(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()), who, allowance);
    }

    private static BucketConfiguration configuration(LimitsProperties.Allowance allowance) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(allowance.burst()).refillGreedy(allowance.writes(), allowance.per()))
                .build();
    }

    private static String key(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    record Outcome(boolean allowed, long remaining, Duration retryAfter, String who,
                   LimitsProperties.Allowance allowance) {

        /** Whole seconds, rounded up and at least 1, as Retry-After needs. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
