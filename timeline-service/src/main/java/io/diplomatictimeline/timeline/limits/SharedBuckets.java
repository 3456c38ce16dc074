package io.diplomatictimeline.timeline.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Token buckets in PostgreSQL's rate_limit_bucket table, through Bucket4j's proxy manager: each write takes its token
 * from the one bucket of its client that every instance sees, under a row lock, so the limit holds for the cluster.
 * Writes arriving together at one instance take their tokens in one round trip (Bucket4j's batching). A bucket left
 * untouched until it is full again is deleted: a new one would be identical.
 */
final class SharedBuckets implements BucketStore {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);
    private static final int PURGED_AT_ONCE = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
    }

    @Scheduled(fixedDelayString = "${timeline.idempotency.purge-interval:10m}")
    void purgeFullBuckets() {
        int purged;
        do {
            purged = buckets.removeExpired(PURGED_AT_ONCE);
        } while (purged == PURGED_AT_ONCE);
        log.debug("Purged rate limit buckets that were full again");
    }
}
