package io.diplomatictimeline.timeline.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much one request may carry and how often one client may write; see timeline.limits.* in application.yml
 * and docs/security.md. The JSON limits sit well above anything a valid fact needs (the longest field, summary,
 * is 10,000 characters; the deepest fact nests 5 levels), so they only ever stop abuse.
 */
@Validated
@ConfigurationProperties("timeline.limits")
public record LimitsProperties(
        @NotNull @DefaultValue("256KB") DataSize maxBodySize,
        @Valid @DefaultValue Batch batch,
        @Min(4) @Max(1000) @DefaultValue("32") int maxNestingDepth,
        @Min(1) @DefaultValue("20000") int maxStringLength,
        @Min(1) @DefaultValue("256") int maxNameLength,
        @Min(1) @DefaultValue("64") int maxNumberLength,
        @Valid @DefaultValue RateLimit rate) {

    /**
     * What one request to POST /api/events:batch may carry: its body (in place of maxBodySize) and its facts.
     * A batch counts as one write for the rate limit.
     */
    public record Batch(
            @NotNull @DefaultValue("8MB") DataSize maxBodySize,
            @Min(1) @Max(100_000) @DefaultValue("1000") int maxFacts) {

        /** The one path whose bodies have this limit. */
        public static final String PATH = "/api/events:batch";
    }

    /**
     * Token buckets, one per client: a client may write {@code burst} facts at once, and {@code writes} more every
     * {@code per}. A client is a token's client name (or a JWT's subject); without a token, the remote address. The
     * buckets are kept in this instance ({@code local}) or in PostgreSQL for every instance ({@code postgresql}).
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @Min(1) @DefaultValue("2000") long writes,
            @NotNull @DefaultValue("1s") Duration per,
            @Min(1) @DefaultValue("10000") long burst,
            @DefaultValue Map<String, @Valid Allowance> clients,
            @NotNull @DefaultValue("local") Store store) {

        /** The allowance of a client by name (its own, if configured, else the default); null for an address. */
        Allowance of(String client) {
            Allowance standard = new Allowance(writes, per, burst);
            return client == null ? standard : clients.getOrDefault(client, standard);
        }
    }

    public enum Store { LOCAL, POSTGRESQL }

    public record Allowance(@Min(1) long writes, @NotNull Duration per, @Min(1) long burst) {

        /** How long an untouched bucket takes to fill up again; after that, forgetting it changes nothing. */
        Duration refillTime() {
            return per.multipliedBy(Math.max(1, (burst + writes - 1) / writes));
        }

        @Override
        public String toString() {
            return writes + " writes per " + per.toString().substring(2).toLowerCase() + " with bursts of " + burst;
        }
    }
}
