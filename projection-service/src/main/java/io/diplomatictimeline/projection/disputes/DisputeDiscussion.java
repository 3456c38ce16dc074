package io.diplomatictimeline.projection.disputes;

import java.util.UUID;

/**
 * A time a dispute was discussed.
 *
 * @param roundNumber the round it was discussed in, or null
 * @param factId      the dispute-discussed fact
 */
public record DisputeDiscussion(Integer roundNumber, String occurredOn, UUID factId) {
}
