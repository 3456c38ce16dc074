package io.diplomatictimeline.timeline.proposal;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record ProposalMade(FactHeader fact, ProposalMadeDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "proposal-made";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return new Plover("REQUEST", null);
    }
}
