package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record HoldRound(FactHeader fact, RoundHeldDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
