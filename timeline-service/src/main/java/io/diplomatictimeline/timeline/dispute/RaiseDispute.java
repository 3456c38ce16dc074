package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RaiseDispute(FactHeader fact, DisputeRaisedDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
