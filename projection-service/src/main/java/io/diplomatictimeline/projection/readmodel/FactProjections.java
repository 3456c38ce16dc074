package io.diplomatictimeline.projection.readmodel;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies each event, a fact recorded, corrected or retracted, to every read model, exactly once: the read models'
 * rows, the change log's and the id of the event are written in one transaction, so a redelivered event, even one
 * redelivered after a crash, finds its id and changes nothing, and no read model can have taken in an event that
 * another one missed.
 */
@Component
public class FactProjections {

    private final List<FactProjection> projections;
    private final AppliedEvents appliedEvents;
    private final ChangeLog changeLog;
    private final TransactionOperations transactions;

    FactProjections(List<FactProjection> projections, AppliedEvents appliedEvents, ChangeLog changeLog,
                    TransactionOperations transactions) {
        this.projections = List.copyOf(projections);
        this.appliedEvents = appliedEvents;
        this.changeLog = changeLog;
        this.transactions = transactions;
    }

    /** @return false when the fact had been applied already */
    public boolean apply(RecordedFact fact) {
        return apply(FactChange.created(fact));
    }

    /**
     * @return false when the event had been applied already
     * @throws ChangeRefusedException when a correction or retraction does not follow what is known of its fact;
     *                                nothing is applied then
     */
    public boolean apply(FactChange change) {
        Boolean applied = transactions.execute(status -> {
            if (!appliedEvents.markApplied(change.eventId().toString())) {
                return false;
            }
            if (change.change() != Change.CREATED) {
                checkFollowsItsFact(change, changeLog.latest(change.factId()));
            }
            changeLog.record(change);
            switch (change.change()) {
                case CREATED -> applyToEach(change.fact());
                case CORRECTED -> {
                    closeInEach(change);
                    applyToEach(change.fact());
                }
                case RETRACTED -> {
                    closeInEach(change);
                    projections.forEach(projection -> projection.retract(change));
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    /**
     * A change must come after what is known of its fact. Within one track the topic keeps the order, so none of this
     * happens with timeline-service as the producer; the checks keep a foreign or broken record from rewriting the
     * history of a fact.
     */
    private static void checkFollowsItsFact(FactChange change, Optional<LoggedChange> latest) {
        LoggedChange known = latest.orElseThrow(() -> ChangeRefusedException.unknownFact(change));
        if (known.change() == Change.RETRACTED) {
            throw ChangeRefusedException.inconsistent(change, "the fact was retracted at " + known.recordedAt());
        }
        if (change.version() <= known.version()) {
            throw ChangeRefusedException.inconsistent(change, "it is at version " + known.version() + " already");
        }
        if (!change.track().equals(known.track()) || !change.factType().equals(known.factType())) {
            throw ChangeRefusedException.inconsistent(change,
                    "it is a " + known.factType() + " fact of track " + known.track());
        }
        if (change.recordedAt().isBefore(known.recordedAt())) {
            throw ChangeRefusedException.inconsistent(change,
                    "its version " + known.version() + " was recorded later, at " + known.recordedAt());
        }
    }

    /**
     * Applies a fact whose event is marked applied already, in the caller's transaction: for rebuilding read models
     * from facts this service stored before those read models existed.
     */
    void applyAgain(RecordedFact fact) {
        applyToEach(fact);
    }

    /**
     * Empties every read model, the change log and the applied events, in one transaction: afterwards the read models
     * are as a new deployment has them, and every event delivered again is applied again.
     */
    public void forgetEverything() {
        transactions.executeWithoutResult(status -> {
            for (FactProjection projection : projections) {
                projection.forgetEverything();
            }
            changeLog.deleteAll();
            appliedEvents.forgetEverything();
        });
    }

    /** How many events the read models have taken in. */
    public long appliedCount() {
        return appliedEvents.count();
    }

    private void applyToEach(RecordedFact fact) {
        for (FactProjection projection : projections) {
            projection.apply(fact);
        }
    }

    private void closeInEach(FactChange change) {
        for (FactProjection projection : projections) {
            projection.close(change.factId(), change.recordedAt());
        }
    }
}
