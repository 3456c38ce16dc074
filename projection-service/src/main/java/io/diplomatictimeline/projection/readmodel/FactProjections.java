package io.diplomatictimeline.projection.readmodel;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies each recorded fact to every read model, exactly once: the read models' rows and the id of the event are
 * written in one transaction, so a redelivered event, even one redelivered after a crash, finds its id and changes
 * nothing, and no read model can have taken in a fact that another one missed.
 */
@Component
public class FactProjections {

    private final List<FactProjection> projections;
    private final AppliedEvents appliedEvents;
    private final TransactionOperations transactions;

    FactProjections(List<FactProjection> projections, AppliedEvents appliedEvents,
                    TransactionOperations transactions) {
        this.projections = List.copyOf(projections);
        this.appliedEvents = appliedEvents;
        this.transactions = transactions;
    }

    /** @return false when the fact had been applied already */
    public boolean apply(RecordedFact fact) {
        Boolean applied = transactions.execute(status -> {
            if (!appliedEvents.markApplied(fact.id().toString())) {
                return false;
            }
            applyToEach(fact);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    /**
     * Applies a fact whose event is marked applied already, in the caller's transaction: for rebuilding read models
     * from facts this service stored before those read models existed.
     */
    void applyAgain(RecordedFact fact) {
        applyToEach(fact);
    }

    /**
     * Empties every read model and forgets every applied event, in one transaction: afterwards the read models are
     * as a new deployment has them, and every fact delivered again is applied again.
     */
    public void forgetEverything() {
        transactions.executeWithoutResult(status -> {
            for (FactProjection projection : projections) {
                projection.forgetEverything();
            }
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
}
