package io.diplomatictimeline.timeline.idempotency;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long an Idempotency-Key is remembered (retention), how long a request holding one may take before its key
 * is thought abandoned (a crashed instance) and taken over by a retry, and how often expired keys are purged.
 */
@Validated
@ConfigurationProperties("timeline.idempotency")
public record IdempotencyProperties(
        @NotNull @DefaultValue("24h") Duration retention,
        @NotNull @DefaultValue("1m") Duration inFlightTimeout,
        @NotNull @DefaultValue("10m") Duration purgeInterval) {
}
