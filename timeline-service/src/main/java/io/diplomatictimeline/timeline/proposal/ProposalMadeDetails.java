package io.diplomatictimeline.timeline.proposal;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One side proposes something to the other, possibly in a given round. Its answers refer to its fact id. */
public record ProposalMadeDetails(
        @NotNull @CountryCode String proposedBy,
        @NotNull @CountryCode String proposedTo,
        @NotBlank @Size(max = 2000) String proposal,
        @Min(1) @Max(10_000) Integer roundNumber) implements FactDetails {
}
