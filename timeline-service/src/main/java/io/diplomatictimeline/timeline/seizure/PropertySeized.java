package io.diplomatictimeline.timeline.seizure;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record PropertySeized(FactHeader fact, PropertySeizedDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "property-seized";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return new Plover("COERCE", "seize");
    }
}
