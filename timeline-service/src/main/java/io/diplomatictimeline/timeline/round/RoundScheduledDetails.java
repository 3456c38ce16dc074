package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A round of talks set for a date (which may lie ahead), with how long it is expected to last. */
public record RoundScheduledDetails(
        @NotNull @Min(1) @Max(10_000) Integer roundNumber,
        @Valid HoursRange expectedDurationHours,
        @CountryCode String hostCountry) implements FactDetails {
}
