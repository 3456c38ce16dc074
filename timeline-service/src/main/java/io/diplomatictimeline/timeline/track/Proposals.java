package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The proposals made on a track, by fact id: what their answers must refer to and come after. An answer that
 * implemented a proposal is kept by its own id, so that correcting or retracting it takes the implementation back.
 */
final class Proposals {

    private final Map<UUID, EdtfDate> madeOn;
    /** Answers that implemented a proposal: answer's fact id to proposal id. */
    private final Map<UUID, UUID> implementations;

    Proposals() {
        this(new HashMap<>(), new HashMap<>());
    }

    private Proposals(Map<UUID, EdtfDate> madeOn, Map<UUID, UUID> implementations) {
        this.madeOn = new HashMap<>(madeOn);
        this.implementations = new HashMap<>(implementations);
    }

    Proposals copy() {
        return new Proposals(madeOn, implementations);
    }

    void checkCanAnswer(String track, UUID proposalId, EdtfDate date) {
        EdtfDate made = madeOn.get(proposalId);
        if (made == null) {
            throw new HistoryConflictException("details.proposalId",
                    "no proposal " + proposalId + " was made on track " + track);
        }
        if (implementations.containsValue(proposalId)) {
            throw new HistoryConflictException("details.proposalId",
                    "proposal " + proposalId + " was implemented; nothing follows that");
        }
        if (date.isCertainlyBefore(made)) {
            throw new HistoryConflictException("occurredOn",
                    "an answer (" + date + ") cannot predate its proposal (" + made + ")");
        }
    }

    void made(UUID proposalId, EdtfDate date) {
        madeOn.put(proposalId, date);
    }

    void implemented(UUID answerId, UUID proposalId) {
        implementations.put(answerId, proposalId);
    }

    /** Takes back a proposal the fact made, or the implementation it reported. */
    void withdraw(UUID factId) {
        madeOn.remove(factId);
        implementations.remove(factId);
    }
}
