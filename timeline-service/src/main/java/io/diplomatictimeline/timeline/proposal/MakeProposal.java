package io.diplomatictimeline.timeline.proposal;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MakeProposal(FactHeader fact, ProposalMadeDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
