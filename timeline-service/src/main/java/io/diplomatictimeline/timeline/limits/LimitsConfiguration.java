package io.diplomatictimeline.timeline.limits;

import io.diplomatictimeline.timeline.problem.ProblemResponses;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration {

    /** The rate limit's buckets, shared by every instance on the database (timeline.limits.rate.store). */
    @Bean
    @ConditionalOnProperty(name = "timeline.limits.rate.store", havingValue = "postgresql")
    SharedBuckets sharedBuckets(DataSource dataSource) {
        return new SharedBuckets(dataSource);
    }

    /** In memory, each instance its own, unless they are shared. */
    @Bean
    WriteRateLimiter writeRateLimiter(LimitsProperties limits, ObjectProvider<SharedBuckets> shared) {
        BucketStore store = shared.getIfAvailable();
        return new WriteRateLimiter(limits, store != null ? store : BucketStore.local());
    }

    /** Ahead of security and everything else, so that no filter ever reads more than the cap. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(LimitsProperties limits,
                                                                    ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxBodySize().toBytes(),
                Map.of(LimitsProperties.Batch.PATH, limits.batch().maxBodySize().toBytes()), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
