package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record RoundScheduled(FactHeader fact, RoundScheduledDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "round-scheduled";

    @Override
    public String type() {
        return TYPE;
    }
}
