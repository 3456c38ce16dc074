package io.diplomatictimeline.timeline.receipt;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The facts accepted so far in the current unit of work and not yet committed: a batch records all its facts in one
 * unit of work, and their receipts are written only when it commits, yet a later fact of the batch may refer to an
 * earlier one. Kept on the root unit of work, so it is gone with it, committed or rolled back.
 */
public final class FactsOfThisUnitOfWork {

    private static final String RESOURCE = FactsOfThisUnitOfWork.class.getName();

    /** Notes a fact accepted in the current unit of work; outside one there is nothing to note. */
    public static void accepted(UUID factId) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root()
                .<Set<UUID>>getOrComputeResource(RESOURCE, key -> new HashSet<>()).add(factId));
    }

    static boolean contains(UUID factId) {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root()
                .<Set<UUID>>getOrDefaultResource(RESOURCE, Set.of()).contains(factId);
    }

    private FactsOfThisUnitOfWork() {
    }
}
