package io.diplomatictimeline.projection.disputes;

import java.util.UUID;

/**
 * How a dispute was settled.
 *
 * @param factId     the dispute-resolved fact
 * @param resolution what was settled, as the fact says
 */
public record DisputeResolution(UUID factId, String occurredOn, String resolution) {
}
