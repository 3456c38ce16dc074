package io.diplomatictimeline.timeline.statement;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record StatementIssued(FactHeader fact, StatementIssuedDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "statement-issued";

    @Override
    public String type() {
        return TYPE;
    }
}
