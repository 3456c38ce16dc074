package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An open dispute was settled, and how. */
public record DisputeResolvedDetails(
        @NotNull UUID disputeId,
        @NotBlank @Size(max = 2000) String resolution) implements FactDetails {
}
