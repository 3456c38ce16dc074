package io.diplomatictimeline.timeline.agreement;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Parties agreed on terms, on a reciprocal basis or not, possibly in a given round of the track. */
public record AgreementReachedDetails(
        @NotNull @Size(min = 2, max = 50) List<@NotNull @CountryCode String> parties,
        @NotBlank @Size(max = 2000) String terms,
        boolean reciprocal,
        @Min(1) @Max(10_000) Integer roundNumber) implements FactDetails {

    public AgreementReachedDetails {
        parties = parties == null ? null : List.copyOf(parties);
    }
}
