package io.diplomatictimeline.projection.timeline;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies recorded facts to the timeline, each exactly once: the entry and the id of its event are written in one
 * transaction, so a redelivered event, even one redelivered after a crash, finds its id and changes nothing.
 */
@Component
public class TimelineProjector {

    private final TimelineEntries entries;
    private final AppliedEvents appliedEvents;
    private final TransactionOperations transactions;

    TimelineProjector(TimelineEntries entries, AppliedEvents appliedEvents,
                             TransactionOperations transactions) {
        this.entries = entries;
        this.appliedEvents = appliedEvents;
        this.transactions = transactions;
    }

    /** @return false when the fact had been applied already */
    public boolean apply(RecordedFact fact) {
        Boolean applied = transactions.execute(status -> {
            if (!appliedEvents.markApplied(fact.id().toString())) {
                return false;
            }
            entries.add(fact);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
