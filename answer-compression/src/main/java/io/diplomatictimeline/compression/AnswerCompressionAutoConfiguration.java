package io.diplomatictimeline.compression;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Lets server.compression.min-response-size work in both services: {@link WholeSmallAnswers} wraps every answer.
 * The knobs of compression itself are in each service's application.yml.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AnswerCompressionAutoConfiguration {

    /** First of all filters, so that no filter after it flushes an answer past it. */
    @Bean
    FilterRegistrationBean<WholeSmallAnswers> wholeSmallAnswers() {
        FilterRegistrationBean<WholeSmallAnswers> registration = new FilterRegistrationBean<>(new WholeSmallAnswers());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
