package io.diplomatictimeline.tokens;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/** The embedded default: tokens from configuration, by hash. With none configured, every write is refused. */
@Configuration
@ConditionalOnProperty(name = "timeline.security.mode", havingValue = "static", matchIfMissing = true)
public class StaticTokenConfiguration {

    @Bean
    OpaqueTokenIntrospector staticTokenIntrospector(BearerTokenProperties properties) {
        return new StaticTokenIntrospector(properties.staticTokens());
    }
}
