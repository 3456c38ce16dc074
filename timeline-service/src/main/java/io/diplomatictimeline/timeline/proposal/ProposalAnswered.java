package io.diplomatictimeline.timeline.proposal;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record ProposalAnswered(FactHeader fact, ProposalAnsweredDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "proposal-answered";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return details.plover();
    }
}
