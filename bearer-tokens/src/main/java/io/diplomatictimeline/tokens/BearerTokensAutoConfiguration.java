package io.diplomatictimeline.tokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Makes a service know bearer tokens the way timeline.security.* says: static tokens by hash (the default), or
 * JWTs. Each service still decides which of its requests need which scope.
 */
@AutoConfiguration
@EnableConfigurationProperties(BearerTokenProperties.class)
@Import({StaticTokenConfiguration.class, JwtConfiguration.class})
public class BearerTokensAutoConfiguration {

    @Bean
    BearerTokenResourceServer bearerTokenResourceServer(BearerTokenProperties properties,
                                                        ObjectProvider<OpaqueTokenIntrospector> staticTokens) {
        return new BearerTokenResourceServer(properties, staticTokens);
    }
}
