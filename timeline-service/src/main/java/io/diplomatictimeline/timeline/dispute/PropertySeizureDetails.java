package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One side complains that the other seized its diplomatic property: how many properties, and when. */
public record PropertySeizureDetails(
        @NotNull @CountryCode String raisedBy,
        @NotNull @CountryCode String against,
        @NotNull @Min(1) @Max(100_000) Integer propertyCount,
        EdtfDate seizedBetween) implements FactDetails {
}
