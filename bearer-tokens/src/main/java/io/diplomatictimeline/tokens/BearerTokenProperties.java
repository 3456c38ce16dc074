package io.diplomatictimeline.tokens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may write (timeline-service) or act as admin (projection-service): timeline.security.*, the same in
 * both services, see docs/security.md. In static mode the tokens are
 * configured by their SHA-256 only, so neither the configuration nor a process listing ever holds a token.
 */
@Validated
@ConfigurationProperties("timeline.security")
public record BearerTokenProperties(
        @NotNull @DefaultValue("static") Mode mode,
        @DefaultValue List<@Valid @NotNull StaticToken> staticTokens,
        @DefaultValue Jwt jwt) {

    public enum Mode { STATIC, JWT }

    /** A client's token, known by the lowercase hex SHA-256 of its UTF-8 bytes, and the scopes it grants. */
    public record StaticToken(
            @NotBlank String client,
            @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the 64 hex digits of a SHA-256")
            String sha256,
            @DefaultValue List<String> scopes) {

        public StaticToken {
            sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
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
