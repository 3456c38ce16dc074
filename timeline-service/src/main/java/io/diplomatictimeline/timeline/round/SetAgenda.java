package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetAgenda(FactHeader fact, AgendaSetDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
