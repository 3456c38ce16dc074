package io.diplomatictimeline.timeline.expulsion;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One country expelled another's diplomats: how many if known, and whether the other side did the same. */
public record DiplomatsExpelledDetails(
        @NotNull @CountryCode String expelledBy,
        @NotNull @CountryCode String diplomatsOf,
        @Min(1) @Max(100_000) Integer count,
        boolean mutual) implements FactDetails {
}
