package io.diplomatictimeline.timeline.seizure;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One country closed or took over diplomatic property of another (a consulate, a residence, a compound): how many
 * properties, if known, and which.
 */
public record PropertySeizedDetails(
        @NotNull @CountryCode String seizedBy,
        @NotNull @CountryCode String propertyOf,
        @Min(1) @Max(100_000) Integer propertyCount,
        @Size(max = 500) String properties) implements FactDetails {
}
