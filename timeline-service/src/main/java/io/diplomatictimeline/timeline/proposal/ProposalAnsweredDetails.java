package io.diplomatictimeline.timeline.proposal;

import io.diplomatictimeline.timeline.fact.CountryCode;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.Plover;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** What became of a proposal: accepted, rejected, deferred, or implemented (after which nothing follows). */
public record ProposalAnsweredDetails(
        @NotNull UUID proposalId,
        @NotNull @Pattern(regexp = "accepted|rejected|deferred|implemented",
                message = "must be one of accepted, rejected, deferred, implemented") String outcome,
        @CountryCode String answeredBy) implements FactDetails {

    public static final String IMPLEMENTED = "implemented";

    Plover plover() {
        return switch (outcome) {
            case "accepted" -> new Plover("AGREE", null);
            case "rejected" -> new Plover("REJECT", null);
            case IMPLEMENTED -> new Plover("COOPERATE", null);
            default -> null; // a deferral is no event PLOVER codes
        };
    }
}
