package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An open dispute was discussed, possibly in a given round. */
public record DisputeDiscussedDetails(
        @NotNull UUID disputeId,
        @Min(1) @Max(10_000) Integer roundNumber) implements FactDetails {
}
