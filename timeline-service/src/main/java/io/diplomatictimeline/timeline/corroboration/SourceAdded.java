package io.diplomatictimeline.timeline.corroboration;

import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A source was added to a recorded fact. It takes its own place on the track and is published under its own id;
 * the fact keeps its content and its version ({@code version} is the one it had then).
 */
public record SourceAdded(UUID id, UUID factId, String track, String factType, int version, long sequence,
                          Instant recordedAt, Source source, String stance) implements TrackEvent {

    public static final String TYPE = "source-added";

    @Override
    public UUID eventId() {
        return id;
    }

    @Override
    public String type() {
        return TYPE;
    }

    public SourceReceipt receipt() {
        return new SourceReceipt(factId, track, factType, version, id, sequence, recordedAt);
    }
}
