package io.diplomatictimeline.timeline.correction;

import java.time.Instant;
import java.util.UUID;

/**
 * What the timeline answers when it accepts a correction or a retraction: the fact's id, track and type, its new
 * version, this change's place on the track and when it was recorded, and whether the fact now stands
 * ({@code current} or {@code retracted}).
 */
public record RevisionReceipt(UUID id, String track, String type, int version, long sequence, Instant recordedAt,
                              String status) {
}
