package io.diplomatictimeline.timeline.security;

import io.diplomatictimeline.apidescription.SecuredOperations;
import io.diplomatictimeline.tokens.BearerTokenResourceServer;
import io.diplomatictimeline.tokens.Scopes;
import io.diplomatictimeline.timeline.limits.WriteRateLimitFilter;
import io.diplomatictimeline.timeline.limits.WriteRateLimiter;
import io.diplomatictimeline.timeline.problem.ProblemResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reads are public, writes need a bearer token with events:write, admin actions timeline:admin. The API is
 * stateless (no session, no cookie), so CSRF protection has nothing to protect and is off.
 */
@Configuration
class WriteSecurityConfiguration {

    private static final RequestMatcher ADMIN = PathPatternRequestMatcher.withDefaults().matcher("/api/admin/**");

    @Bean
    SecurityFilterChain api(HttpSecurity http, BearerTokenResourceServer tokens, ProblemResponses problems,
                            WriteRateLimiter rateLimiter) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(problems);
        var accessDenied = new ProblemAccessDeniedHandler(problems, WriteSecurityConfiguration::requiredScope);
        http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // Spring's error dispatch renders answers to requests already judged.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(ADMIN).hasAuthority(Scopes.authority(Scopes.TIMELINE_ADMIN))
                        // Reads, health, info and metrics; actuator exposes nothing else over HTTP.
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .anyRequest().hasAuthority(Scopes.authority(Scopes.EVENTS_WRITE)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .oauth2ResourceServer(resourceServer -> {
                    resourceServer.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied);
                    tokens.checkTokens(resourceServer);
                })
                // After authentication, so that a client is counted by its token's name rather than its address.
                .addFilterBefore(new WriteRateLimitFilter(rateLimiter, problems), AuthorizationFilter.class);
        return http.build();
    }

    /** For the API description: what the chain above lets through without a token is every read. */
    @Bean
    SecuredOperations writesNeedAToken() {
        return (method, path) -> !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)
                && !HttpMethod.OPTIONS.matches(method);
    }

    private static String requiredScope(HttpServletRequest request) {
        return ADMIN.matches(request) ? Scopes.TIMELINE_ADMIN : Scopes.EVENTS_WRITE;
    }
}
