package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record RoundHeld(FactHeader fact, RoundHeldDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "round-held";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return new Plover("CONSULT", "visit");
    }
}
