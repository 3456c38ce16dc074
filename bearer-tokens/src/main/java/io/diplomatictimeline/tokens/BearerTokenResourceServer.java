package io.diplomatictimeline.tokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Tells Spring Security's resource server how to check a bearer token, as timeline.security.mode says: a JWT by
 * Boot's decoder, or a static token by its hash. Each service's filter chain calls this, so the choice is made once.
 */
public class BearerTokenResourceServer {

    private final BearerTokenProperties properties;
    private final ObjectProvider<OpaqueTokenIntrospector> staticTokens;

    BearerTokenResourceServer(BearerTokenProperties properties, ObjectProvider<OpaqueTokenIntrospector> staticTokens) {
        this.properties = properties;
        this.staticTokens = staticTokens;
    }

    public void checkTokens(OAuth2ResourceServerConfigurer<HttpSecurity> resourceServer) {
        if (properties.mode() == BearerTokenProperties.Mode.JWT) {
            resourceServer.jwt(Customizer.withDefaults());
        } else {
            resourceServer.opaqueToken(opaque -> opaque.introspector(staticTokens.getObject()));
        }
    }
}
