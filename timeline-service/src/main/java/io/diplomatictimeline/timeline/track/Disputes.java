package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The disputes ("irritants") raised on a track, by the id of the fact that raised them, open or resolved. A
 * resolution is kept by its own fact id, so that correcting or retracting it reopens the dispute.
 */
final class Disputes {

    private final Map<UUID, EdtfDate> raisedOn;
    /** Facts that resolved a dispute: resolution's fact id to dispute id. */
    private final Map<UUID, UUID> resolutions;

    Disputes() {
        this(new HashMap<>(), new HashMap<>());
    }

    private Disputes(Map<UUID, EdtfDate> raisedOn, Map<UUID, UUID> resolutions) {
        this.raisedOn = new HashMap<>(raisedOn);
        this.resolutions = new HashMap<>(resolutions);
    }

    Disputes copy() {
        return new Disputes(raisedOn, resolutions);
    }

    void checkCanDiscuss(String track, UUID disputeId, EdtfDate date) {
        checkNotBefore(open(track, disputeId, "discussed"), date);
    }

    void checkCanResolve(String track, UUID disputeId, EdtfDate date) {
        checkNotBefore(open(track, disputeId, "resolved again"), date);
    }

    void raised(UUID disputeId, EdtfDate date) {
        raisedOn.put(disputeId, date);
    }

    void resolved(UUID resolutionId, UUID disputeId) {
        resolutions.put(resolutionId, disputeId);
    }

    /** Takes back a dispute the fact raised, or the resolution it reported. */
    void withdraw(UUID factId) {
        raisedOn.remove(factId);
        resolutions.remove(factId);
    }

    /** The date the open dispute was raised on. */
    private EdtfDate open(String track, UUID disputeId, String action) {
        EdtfDate raised = raisedOn.get(disputeId);
        if (raised == null) {
            throw new HistoryConflictException("details.disputeId",
                    "no dispute " + disputeId + " was raised on track " + track);
        }
        if (resolutions.containsValue(disputeId)) {
            throw new HistoryConflictException("details.disputeId",
                    "dispute " + disputeId + " is resolved and cannot be " + action);
        }
        return raised;
    }

    private static void checkNotBefore(EdtfDate raisedOn, EdtfDate date) {
        if (date.isCertainlyBefore(raisedOn)) {
            throw new HistoryConflictException("occurredOn",
                    "this cannot be dated (" + date + ") before the dispute was raised (" + raisedOn + ")");
        }
    }
}
