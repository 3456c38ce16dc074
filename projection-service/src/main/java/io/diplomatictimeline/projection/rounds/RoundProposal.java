package io.diplomatictimeline.projection.rounds;

import java.util.UUID;

/** A proposal made in a round; {@code status} is where it stands now, as {@code /api/proposals} tells it. */
public record RoundProposal(UUID id, String occurredOn, String title, String proposal, String proposedBy,
                            String proposedTo, String status) {
}
