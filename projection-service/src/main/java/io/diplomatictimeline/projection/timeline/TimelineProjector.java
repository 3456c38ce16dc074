package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Every fact, of whatever type, is an entry on the timeline: a row per version, and a retracted fact keeps one
 * saying so, which {@code includeRetracted} shows.
 */
@Component
class TimelineProjector implements FactProjection {

    private final TimelineEntries entries;

    TimelineProjector(TimelineEntries entries) {
        this.entries = entries;
    }

    @Override
    public void apply(RecordedFact fact) {
        entries.add(fact);
    }

    @Override
    public void close(UUID factId, Instant at) {
        entries.close(factId, at);
    }

    @Override
    public void retract(FactChange retraction) {
        entries.addRetracted(retraction);
    }

    @Override
    public void forgetEverything() {
        entries.deleteAll();
    }
}
