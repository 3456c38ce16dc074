package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import io.diplomatictimeline.timeline.receipt.FactReceipts.StoredReceipt;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

/**
 * Records a fact through its track's aggregate, in one commit with the facts that arrive at the same time
 * ({@link FactGroups}), and once: a retry of an accepted fact (same id, same content) is
 * answered with the first receipt, while an id reused for different content is refused.
 */
@Service
class FactRecorder {

    private static final int ATTEMPTS = 3;

    private final FactGroups groups;
    private final CommandGateway commands;
    private final FactReceipts receipts;

    FactRecorder(FactGroups groups, CommandGateway commands, FactReceipts receipts) {
        this.groups = groups;
        this.commands = commands;
        this.receipts = receipts;
    }

    FactReceipt record(RecordableFact fact) {
        var earlier = receipts.find(fact.id());
        if (earlier.isPresent()) {
            return answerRetry(earlier.get(), fact);
        }
        if (receipts.isChangeId(fact.id())) {
            // Published as an event id already: consumers would take the fact for a duplicate of that change.
            throw new IdReusedException(fact.id(), "a correction or retraction of a fact");
        }
        try {
            return groups.record(fact).orElseGet(() -> sendAlone(fact));
        } catch (RuntimeException e) {
            // Two posts of one id can both pass the check above; the receipt's key lets only one commit.
            return receipts.find(fact.id()).map(winner -> answerRetry(winner, fact)).orElseThrow(() -> e);
        }
    }

    /**
     * A fact whose group failed as a whole is sent on its own. Another instance may have written the track since this
     * one cached it: the event store then refuses the append (the sequence is taken), the track leaves the cache, and
     * the fact is judged again on the track as stored.
     * Axon reports a taken sequence as a ConcurrencyException, or, when it does not recognise the database's error
     * (H2's batch insert), as an EventStoreException; a retry after any failed append is safe, nothing was stored.
     */
    private FactReceipt sendAlone(RecordableFact fact) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(fact.command());
            } catch (ConcurrencyException | EventStoreException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static FactReceipt answerRetry(StoredReceipt earlier, RecordableFact fact) {
        if (!earlier.fingerprint().equals(fact.fingerprint())) {
            throw new IdReusedException(fact.id());
        }
        return earlier.receipt();
    }
}
