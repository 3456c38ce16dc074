package io.diplomatictimeline.timeline.agreement;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.Instant;

public record ContactsContinuationAgreed(FactHeader fact, ContactsContinuationDetails details, long sequence, Instant recordedAt)
        implements TimelineEvent {

    public static final String TYPE = "contacts-continuation-agreed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Plover plover() {
        return new Plover("AGREE", null);
    }
}
