package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record DisputeDiscussed(FactHeader fact, DisputeDiscussedDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "dispute-discussed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return new Plover("CONSULT", null);
    }
}
