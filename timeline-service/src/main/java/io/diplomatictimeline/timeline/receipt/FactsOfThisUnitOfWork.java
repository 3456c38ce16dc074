package io.diplomatictimeline.timeline.receipt;

import io.diplomatictimeline.edtf.EdtfDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The facts accepted so far in the current unit of work and not yet committed, with their dates: a batch records all
 * its facts in one unit of work, and their receipts are written only when it commits, yet a later fact of the batch
 * may refer to an earlier one. Kept on the root unit of work, so it is gone with it, committed or rolled back.
 */
public final class FactsOfThisUnitOfWork {

    private static final String RESOURCE = FactsOfThisUnitOfWork.class.getName();

    /** Notes a fact accepted in the current unit of work; outside one there is nothing to note. */
    public static void accepted(UUID factId, EdtfDate occurredOn) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root()
                .<Map<UUID, EdtfDate>>getOrComputeResource(RESOURCE, key -> new HashMap<>()).put(factId, occurredOn));
    }

    public static boolean contains(UUID factId) {
        return dateOf(factId).isPresent();
    }

    /** When a fact accepted in the current unit of work happened; empty for any other fact. */
    public static Optional<EdtfDate> dateOf(UUID factId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(CurrentUnitOfWork.get().root()
                .<Map<UUID, EdtfDate>>getOrDefaultResource(RESOURCE, Map.of()).get(factId));
    }

    private FactsOfThisUnitOfWork() {
    }
}
