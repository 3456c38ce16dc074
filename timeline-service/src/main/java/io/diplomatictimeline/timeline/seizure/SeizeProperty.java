package io.diplomatictimeline.timeline.seizure;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SeizeProperty(FactHeader fact, PropertySeizedDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
