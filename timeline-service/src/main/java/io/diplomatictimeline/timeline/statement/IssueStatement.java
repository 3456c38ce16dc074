package io.diplomatictimeline.timeline.statement;

import io.diplomatictimeline.timeline.fact.FactHeader;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueStatement(FactHeader fact, StatementIssuedDetails details) {

    @TargetAggregateIdentifier
    public String track() {
        return fact.track();
    }
}
