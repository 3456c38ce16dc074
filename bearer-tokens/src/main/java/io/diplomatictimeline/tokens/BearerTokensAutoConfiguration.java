package io.diplomatictimeline.tokens;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Makes a service know bearer tokens the way timeline.security.* says: static tokens by hash (the default), or
 * JWTs. Each service still decides which of its requests need which scope.
 */
@AutoConfiguration
@EnableConfigurationProperties(BearerTokenProperties.class)
@Import({StaticTokenConfiguration.class, JwtConfiguration.class})
public class BearerTokensAutoConfiguration {
}
