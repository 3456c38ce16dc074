package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The disputes ("irritants") raised on a track, by the id of the fact that raised them, open or resolved. */
final class Disputes {

    private record Dispute(EdtfDate raisedOn, boolean resolved) {
    }

    private final Map<UUID, Dispute> disputes = new HashMap<>();

    void checkCanDiscuss(String track, UUID disputeId, EdtfDate date) {
        Dispute dispute = open(track, disputeId, "discussed");
        checkNotBefore(dispute, date);
    }

    void checkCanResolve(String track, UUID disputeId, EdtfDate date) {
        Dispute dispute = open(track, disputeId, "resolved again");
        checkNotBefore(dispute, date);
    }

    void raised(UUID disputeId, EdtfDate date) {
        disputes.put(disputeId, new Dispute(date, false));
    }

    void resolved(UUID disputeId) {
        disputes.computeIfPresent(disputeId, (id, dispute) -> new Dispute(dispute.raisedOn(), true));
    }

    private Dispute open(String track, UUID disputeId, String action) {
        Dispute dispute = disputes.get(disputeId);
        if (dispute == null) {
            throw new HistoryConflictException("details.disputeId",
                    "no dispute " + disputeId + " was raised on track " + track);
        }
        if (dispute.resolved()) {
            throw new HistoryConflictException("details.disputeId",
                    "dispute " + disputeId + " is resolved and cannot be " + action);
        }
        return dispute;
    }

    private static void checkNotBefore(Dispute dispute, EdtfDate date) {
        if (date.isCertainlyBefore(dispute.raisedOn())) {
            throw new HistoryConflictException("occurredOn",
                    "this cannot be dated (" + date + ") before the dispute was raised (" + dispute.raisedOn() + ")");
        }
    }
}
