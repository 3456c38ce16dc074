package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The proposals made on a track, by fact id: what their answers must refer to and come after. */
final class Proposals {

    private record Proposal(EdtfDate madeOn, boolean implemented) {
    }

    private final Map<UUID, Proposal> proposals = new HashMap<>();

    void checkCanAnswer(String track, UUID proposalId, EdtfDate date) {
        Proposal proposal = proposals.get(proposalId);
        if (proposal == null) {
            throw new HistoryConflictException("details.proposalId",
                    "no proposal " + proposalId + " was made on track " + track);
        }
        if (proposal.implemented()) {
            throw new HistoryConflictException("details.proposalId",
                    "proposal " + proposalId + " was implemented; nothing follows that");
        }
        if (date.isCertainlyBefore(proposal.madeOn())) {
            throw new HistoryConflictException("occurredOn",
                    "an answer (" + date + ") cannot predate its proposal (" + proposal.madeOn() + ")");
        }
    }

    void made(UUID proposalId, EdtfDate date) {
        proposals.put(proposalId, new Proposal(date, false));
    }

    void answered(UUID proposalId, boolean implemented) {
        proposals.computeIfPresent(proposalId, (id, proposal) -> new Proposal(proposal.madeOn(), implemented));
    }
}
