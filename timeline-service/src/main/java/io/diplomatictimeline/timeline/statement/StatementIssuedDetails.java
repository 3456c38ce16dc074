package io.diplomatictimeline.timeline.statement;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A named official said something on the record: a short quote (sources are quoted, not copied), the outlet
 * it came through, and the recorded fact it is about, if any.
 */
public record StatementIssuedDetails(
        @NotNull @Valid Speaker speaker,
        @NotBlank @Size(max = 600) String quote,
        @Size(max = 200) String outlet,
        UUID aboutFactId) implements FactDetails {

    public record Speaker(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 300) String office,
            @CountryCode String country) {
    }
}
