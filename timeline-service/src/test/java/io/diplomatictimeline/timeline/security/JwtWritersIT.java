package io.diplomatictimeline.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.recording.FactBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * JWT mode, configured only with Spring Boot's standard resource-server properties: the issuer's public key
 * (a key pair made for this run, its public half written where public-key-location points), the audience, and
 * the issuer. The one test context of the module that differs from the shared one, because the mode does.
 */
@TimelineServiceTest
// Its own context and broker: closed once done, so they do not compete with the shared one on two cores.
@DirtiesContext
class JwtWritersIT {

    private static final String ISSUER = "https://issuer.diplomatic-timeline.test";
    private static final String AUDIENCE = "diplomatic-timeline";
    private static final KeyPair ISSUER_KEYS = rsaKeys();
    private static final KeyPair FORGER_KEYS = rsaKeys();

    private final Http http;

    JwtWritersIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @DynamicPropertySource
    static void jwtMode(DynamicPropertyRegistry properties) {
        properties.add("timeline.security.mode", () -> "jwt");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + publicKeyFile());
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
        properties.add("timeline.security.jwt.issuer", () -> ISSUER);
    }

    @Test
    void aValidTokenWithEventsWriteRecordsTheFact() {
        Http.Answer answer = post(token(claims -> { }));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void scopesAreAlsoReadFromTheScpClaim() {
        Http.Answer answer = post(token(claims -> claims.claim("scope", null).claim("scp", List.of("events:write"))));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        Http.Answer answer = post(token(claims -> claims.issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(10))))));

        assertRefused(answer, 401, "expired");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedWith401() {
        Http.Answer answer = post(token(claims -> claims.issuer("https://someone-else.test")));

        assertRefused(answer, 401, "iss");
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedWith401() {
        Http.Answer answer = post(token(claims -> claims.audience("another-api")));

        assertRefused(answer, 401, "aud");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedWith401() {
        Http.Answer answer = post(sign(claims(claims -> { }), FORGER_KEYS));

        assertRefused(answer, 401, "signature");
    }

    @Test
    void aValidTokenWithoutEventsWriteIsRefusedWith403() {
        Http.Answer answer = post(token(claims -> claims.claim("scope", "events:read")));

        assertRefused(answer, 403, "events:write");
    }

    @Test
    void aTokenWithNoScopeAtAllIsRefusedWith403() {
        Http.Answer answer = post(token(claims -> claims.claim("scope", null)));

        assertRefused(answer, 403, "events:write");
    }

    private Http.Answer post(String token) {
        UUID id = UUID.randomUUID();
        Http.Answer answer = http.post("/api/events").token(token)
                .json(FactBodies.roundHeld(id, FactBodies.newTrack(), 1, "2025-02-27"));
        if (answer.status() != 201) {
            assertThat(http.get("/api/events/" + id).status()).as("a refused fact is not stored").isEqualTo(404);
        }
        return answer;
    }

    private static void assertRefused(Http.Answer answer, int status, String reason) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errorFields()).containsExactly("Authorization");
        assertThat(answer.errorMessages().get(0)).contains(reason);
    }

    /** A token as the issuer would mint it for a writer of this API, changed by {@code change}. */
    private static String token(Consumer<JWTClaimsSet.Builder> change) {
        return sign(claims(change), ISSUER_KEYS);
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("newsroom-" + UUID.randomUUID())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("scope", "events:write");
        change.accept(claims);
        return claims.build();
    }

    private static String sign(JWTClaimsSet claims, KeyPair keys) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path publicKeyFile() {
        try {
            Path file = Path.of("target", "jwt-test", UUID.randomUUID() + ".pem").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(ISSUER_KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
