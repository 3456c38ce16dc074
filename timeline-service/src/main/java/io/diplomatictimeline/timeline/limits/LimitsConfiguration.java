package io.diplomatictimeline.timeline.limits;

import io.diplomatictimeline.timeline.problem.ProblemResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import java.util.Map;

@Configuration
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration {

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
