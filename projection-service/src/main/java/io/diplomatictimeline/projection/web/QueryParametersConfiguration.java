package io.diplomatictimeline.projection.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take their query string as a {@link QueryParameters} record. */
@Configuration
class QueryParametersConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new QueryParametersResolver(DefaultConversionService.getSharedInstance()));
    }
}
