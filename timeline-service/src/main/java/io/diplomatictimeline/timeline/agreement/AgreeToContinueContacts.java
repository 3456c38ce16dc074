package io.diplomatictimeline.timeline.agreement;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AgreeToContinueContacts(FactHeader fact, ContactsContinuationDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
