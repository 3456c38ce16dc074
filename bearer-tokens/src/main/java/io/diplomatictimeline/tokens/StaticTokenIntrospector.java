package io.diplomatictimeline.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Static mode's "authorization server": a bearer token is valid when its SHA-256 is one of the configured
 * hashes. Plugged into Spring Security's opaque-token support, so the resource server's own filter, entry point
 * and scope authorities do the rest.
 */
final class StaticTokenIntrospector implements OpaqueTokenIntrospector {

    private final List<Known> known;

    StaticTokenIntrospector(List<BearerTokenProperties.StaticToken> tokens) {
        this.known = tokens.stream().map(Known::of).toList();
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        byte[] hash = sha256(token);
        OAuth2AuthenticatedPrincipal match = null;
        // Every entry is compared, each in constant time, so how long this takes tells nothing about the hashes.
        for (Known candidate : known) {
            if (MessageDigest.isEqual(candidate.hash(), hash) && match == null) {
                match = candidate.principal();
            }
        }
        if (match == null) {
            throw new BadOpaqueTokenException("the token is not one this service was configured with");
        }
        return match;
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Known(byte[] hash, OAuth2AuthenticatedPrincipal principal) {

        static Known of(BearerTokenProperties.StaticToken token) {
            // The same attributes a JWT would carry, so that the rest of the service cannot tell the modes apart.
            Map<String, Object> attributes = Map.of("sub", token.client(), "client_id", token.client(),
                    "scope", token.scopes());
            var authorities = token.scopes().stream()
                    .<GrantedAuthority>map(scope -> new SimpleGrantedAuthority(Scopes.authority(scope))).toList();
            return new Known(HexFormat.of().parseHex(token.sha256()),
                    new DefaultOAuth2AuthenticatedPrincipal(token.client(), attributes, authorities));
        }
    }
}
