package io.diplomatictimeline.timeline.fact;

import java.time.Instant;
import java.util.UUID;

/** What the timeline answers when it accepts a fact. */
public record FactReceipt(UUID id, String track, String type, long sequence, Instant recordedAt) {
}
