package io.diplomatictimeline.timeline.outcomes;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class OutcomesConfiguration {

    /** Around every other filter, the body limit and security included, so it sees their refusals too. */
    @Bean
    FilterRegistrationBean<RefusalCounting> refusalCounting(FactOutcomes outcomes) {
        var registration = new FilterRegistrationBean<>(new RefusalCounting(outcomes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
