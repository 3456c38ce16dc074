package io.diplomatictimeline.projection.proposals;

import java.util.List;
import java.util.UUID;

/**
 * A proposal and what became of it.
 *
 * @param madeOn      when it was made (EDTF)
 * @param roundNumber the round it was made in, or null
 * @param status      "proposed" until it is answered, then the latest answer's outcome
 * @param stages      "proposed", then every answer, in order
 */
public record Proposal(UUID id, String track, String title, String proposal, String proposedBy, String proposedTo,
                       String madeOn, Integer roundNumber, String status, List<ProposalStage> stages) {

    public static final String PROPOSED = "proposed";
}
