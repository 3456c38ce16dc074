package io.diplomatictimeline.timeline.corroboration;

import java.time.Instant;
import java.util.UUID;

/**
 * What the timeline answers when it adds a source to a fact: the fact's id, track, type and (unchanged) version, the
 * addition's own id, its place on the track and when it was recorded.
 */
public record SourceReceipt(UUID id, String track, String type, int version, UUID sourceId, long sequence,
                            Instant recordedAt) {
}
