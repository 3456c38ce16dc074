package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record AgendaSet(FactHeader fact, AgendaSetDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "agenda-set";

    @Override
    public String type() {
        return TYPE;
    }
}
