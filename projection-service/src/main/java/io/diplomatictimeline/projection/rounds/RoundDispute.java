package io.diplomatictimeline.projection.rounds;

import java.util.UUID;

/**
 * A dispute discussed in a round.
 *
 * @param kind   null, as is the title, while the fact that raised the dispute is not known here
 * @param factId the dispute-discussed fact
 */
public record RoundDispute(UUID disputeId, String kind, String title, UUID factId, String occurredOn) {
}
