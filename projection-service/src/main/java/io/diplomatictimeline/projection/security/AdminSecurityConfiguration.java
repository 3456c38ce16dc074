package io.diplomatictimeline.projection.security;

import io.diplomatictimeline.apidescription.SecuredOperations;
import io.diplomatictimeline.tokens.BearerTokenResourceServer;
import io.diplomatictimeline.tokens.Scopes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Admin actions, everything under /api/admin/, need a bearer token with the scope timeline:admin: 401 without a
 * valid token, 403 with one that lacks the scope, each with Spring's RFC 6750 WWW-Authenticate header and a problem
 * body. Nothing else passes through Spring Security at all: reads (the query API, health, info, metrics) are public
 * and answer as they did before. The admin API is stateless (no session, no cookie), so CSRF protection has nothing
 * to protect and is off.
 */
@Configuration
class AdminSecurityConfiguration {

    private static final String ADMIN = "/api/admin/**";

    @Bean
    SecurityFilterChain api(HttpSecurity http, BearerTokenResourceServer tokens, ObjectMapper json)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        AuthenticationEntryPoint entryPoint = unauthenticated(problems);
        AccessDeniedHandler accessDenied = forbidden(problems);
        http
                .securityMatcher(ADMIN)
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAuthority(Scopes.authority(Scopes.TIMELINE_ADMIN)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .oauth2ResourceServer(resourceServer -> {
                    resourceServer.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied);
                    tokens.checkTokens(resourceServer);
                });
        return http.build();
    }

    /** For the API description: admin actions, and nothing else, need a token. */
    @Bean
    SecuredOperations adminActionsNeedAToken() {
        return (method, path) -> path.startsWith("/api/admin/");
    }

    private static AuthenticationEntryPoint unauthenticated(ProblemResponses problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            // Spring's entry point sets the status (401, or 400 for a malformed header) and WWW-Authenticate.
            bearer.commence(request, response, e);
            String message = e instanceof OAuth2AuthenticationException oauth
                    ? "is not a valid bearer token: " + describe(oauth)
                    : "must carry a bearer token (Authorization: Bearer <token>) with scope "
                            + Scopes.TIMELINE_ADMIN + " for admin actions";
            problems.write(request, response, HttpStatus.valueOf(response.getStatus()), "Authentication required",
                    message);
        };
    }

    private static AccessDeniedHandler forbidden(ProblemResponses problems) {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, e) -> {
            bearer.handle(request, response, e);
            problems.write(request, response, HttpStatus.FORBIDDEN, "Insufficient scope",
                    "lacks the scope " + Scopes.TIMELINE_ADMIN + " that admin actions need");
        };
    }

    private static String describe(OAuth2AuthenticationException e) {
        String description = e.getError().getDescription();
        return description != null ? description : e.getError().getErrorCode();
    }
}
