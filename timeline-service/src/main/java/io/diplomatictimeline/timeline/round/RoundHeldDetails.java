package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.Actor;
import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A round of talks that took place: its number on the track, how long it lasted (or was expected to, when
 * reported while under way), its host and who led each side.
 */
public record RoundHeldDetails(
        @NotNull @Min(1) @Max(10_000) Integer roundNumber,
        @Valid HoursRange durationHours,
        @Valid HoursRange expectedDurationHours,
        @CountryCode String hostCountry,
        @Size(max = 50) List<@NotNull @Valid Delegation> delegations) implements FactDetails {

    public RoundHeldDetails {
        delegations = delegations == null ? List.of() : List.copyOf(delegations);
    }

    /** One side at the table, and the person who led it. */
    public record Delegation(@NotNull @CountryCode String country, @Valid Actor head) {
    }
}
