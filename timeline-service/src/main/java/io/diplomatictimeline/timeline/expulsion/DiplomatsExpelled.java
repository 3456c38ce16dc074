package io.diplomatictimeline.timeline.expulsion;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record DiplomatsExpelled(FactHeader fact, DiplomatsExpelledDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "diplomats-expelled";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return new Plover("SANCTION", "expel");
    }
}
