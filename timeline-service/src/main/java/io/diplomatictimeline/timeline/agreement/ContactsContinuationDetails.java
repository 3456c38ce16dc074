package io.diplomatictimeline.timeline.agreement;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The parties agreed to keep talking, possibly at the close of a given round. */
public record ContactsContinuationDetails(
        @NotNull @Size(min = 2, max = 50) List<@NotNull @CountryCode String> parties,
        @Min(1) @Max(10_000) Integer roundNumber) implements FactDetails {

    public ContactsContinuationDetails {
        parties = parties == null ? null : List.copyOf(parties);
    }
}
