package io.diplomatictimeline.timeline.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

/** Where a client's token bucket lives: in this instance's memory, or in a database every instance shares. */
interface BucketStore {

    Bucket bucket(String key, BucketConfiguration configuration);

    /** Buckets in memory: each instance has its own, so the limit is per client and instance. */
    static BucketStore local() {
        return (key, configuration) -> {
            LocalBucketBuilder bucket = Bucket.builder();
            for (Bandwidth limit : configuration.getBandwidths()) {
                bucket.addLimit(limit);
            }
            return bucket.build();
        };
    }
}
