package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RaisePropertySeizure(FactHeader fact, PropertySeizureDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
