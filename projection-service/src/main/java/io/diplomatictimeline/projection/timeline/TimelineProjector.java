package io.diplomatictimeline.projection.timeline;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import org.springframework.stereotype.Component;

/** Every fact, of whatever type, is an entry on the timeline. */
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
    public void forgetEverything() {
        entries.deleteAll();
    }
}
