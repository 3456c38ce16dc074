package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One side raises an irritant with the other. The dispute it opens is known by this fact's id. */
public record DisputeRaisedDetails(
        @NotNull @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
        @NotNull @CountryCode String raisedBy,
        @NotNull @CountryCode String against) implements FactDetails {

    static final String KINDS = "diplomatic-property|visas|diplomats-movement|mission-financing|staffing|other";
}
