package io.diplomatictimeline.projection.security;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may take admin actions: timeline.security.* in application.yml, the same properties as timeline-service's, so
 * that one configuration serves both services. In static mode the tokens are configured by their SHA-256 only, so
 * neither the configuration nor a process listing ever holds a token.
 */
@ConfigurationProperties("timeline.security")
public record SecurityProperties(
        @DefaultValue("static") Mode mode,
        @DefaultValue List<StaticToken> staticTokens,
        @DefaultValue Jwt jwt) {

    public enum Mode { STATIC, JWT }

    /** A client's token, known by the lowercase hex SHA-256 of its UTF-8 bytes, and the scopes it grants. */
    public record StaticToken(String client, String sha256, @DefaultValue List<String> scopes) {

        private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

        public StaticToken {
            if (client == null || client.isBlank()) {
                throw new IllegalArgumentException("timeline.security.static-tokens[].client must not be blank");
            }
            if (sha256 == null || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("timeline.security.static-tokens[].sha256 of client '" + client
                        + "' must be the 64 hex digits of a SHA-256");
            }
            sha256 = sha256.toLowerCase(Locale.ROOT);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    /**
     * The issuer a JWT must name. Defaults to spring.security.oauth2.resourceserver.jwt.issuer-uri; set it here
     * when the keys come from public-key-location, where Spring Boot itself checks no issuer.
     */
    public record Jwt(String issuer) {
    }
}
