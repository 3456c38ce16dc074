package io.diplomatictimeline.timeline.expulsion;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExpelDiplomats(FactHeader fact, DiplomatsExpelledDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
