package io.diplomatictimeline.timeline.dispute;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record PropertySeizureRaised(FactHeader fact, PropertySeizureDetails details, long sequence,
                                    Instant recordedAt) implements TimelineEvent {

    public static final String TYPE = "property-seizure-raised";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return new Plover("COERCE", "seize");
    }
}
