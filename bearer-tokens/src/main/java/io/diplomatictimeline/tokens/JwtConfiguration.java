package io.diplomatictimeline.tokens;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.util.StringUtils;

/**
 * JWT mode: Spring Boot builds the decoder from spring.security.oauth2.resourceserver.jwt.* (issuer-uri,
 * jwk-set-uri or public-key-location, audiences) and checks signature, expiry and audience. This refuses to start
 * without an issuer and an audience, which Boot leaves optional, and adds the issuer check that Boot skips when the
 * key comes from public-key-location: a token minted for another API or by another issuer must not write here.
 */
@Configuration
@ConditionalOnProperty(name = "timeline.security.mode", havingValue = "jwt")
public class JwtConfiguration {

    @Bean
    OAuth2TokenValidator<Jwt> issuerValidator(BearerTokenProperties properties, OAuth2ResourceServerProperties boot) {
        OAuth2ResourceServerProperties.Jwt jwt = boot.getJwt();
        if (!StringUtils.hasText(jwt.getIssuerUri()) && !StringUtils.hasText(jwt.getJwkSetUri())
                && jwt.getPublicKeyLocation() == null) {
            throw new IllegalStateException("timeline.security.mode=jwt needs the issuer's keys: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri, jwk-set-uri or public-key-location");
        }
        List<String> audiences = jwt.getAudiences();
        if (audiences == null || audiences.isEmpty()) {
            throw new IllegalStateException("timeline.security.mode=jwt needs "
                    + "spring.security.oauth2.resourceserver.jwt.audiences: the audience this service's tokens name");
        }
        String issuer = StringUtils.hasText(properties.jwt().issuer()) ? properties.jwt().issuer() : jwt.getIssuerUri();
        if (!StringUtils.hasText(issuer)) {
            throw new IllegalStateException("timeline.security.mode=jwt needs an issuer: set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri, or timeline.security.jwt.issuer "
                    + "with public-key-location");
        }
        return new JwtIssuerValidator(issuer);
    }
}
