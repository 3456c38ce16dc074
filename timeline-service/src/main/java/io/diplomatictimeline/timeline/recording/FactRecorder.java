package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import io.diplomatictimeline.timeline.receipt.FactReceipts.StoredReceipt;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Records a fact through its track's aggregate, in one commit with the facts that arrive at the same time
 * ({@link FactGroups}), and once: a retry of an accepted fact (same id, same content) is
 * answered with the first receipt, while an id reused for different content is refused.
 */
@Service
class FactRecorder {

    private final FactGroups groups;
    private final CommandGateway commands;
    private final FactReceipts receipts;
    private final CommandRetries retries;

    FactRecorder(FactGroups groups, CommandGateway commands, FactReceipts receipts, CommandRetries retries) {
        this.groups = groups;
        this.commands = commands;
        this.receipts = receipts;
        this.retries = retries;
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

    /** A fact whose group failed as a whole is sent on its own, and judged again if its track moved on meanwhile. */
    private FactReceipt sendAlone(RecordableFact fact) {
        return retries.untilAppended(() -> commands.sendAndWait(fact.command()));
    }

    private static FactReceipt answerRetry(StoredReceipt earlier, RecordableFact fact) {
        if (!earlier.fingerprint().equals(fact.fingerprint())) {
            throw new IdReusedException(fact.id());
        }
        return earlier.receipt();
    }
}
