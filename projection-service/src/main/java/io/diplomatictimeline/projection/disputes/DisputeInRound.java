package io.diplomatictimeline.projection.disputes;

import java.util.UUID;

/**
 * A dispute as a round shows it: one discussed there.
 *
 * @param kind   the dispute's kind, or null while the fact that raised it is not known here
 * @param title  the title of the fact that raised the dispute, or null likewise
 * @param factId the dispute-discussed fact
 */
public record DisputeInRound(String track, int roundNumber, UUID disputeId, String kind, String title, UUID factId,
                             String occurredOn) {
}
