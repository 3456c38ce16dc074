package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import io.diplomatictimeline.timeline.receipt.FactReceipts.StoredReceipt;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Records a fact through its track's aggregate, once: a retry of an accepted fact (same id, same content) is
 * answered with the first receipt, while an id reused for different content is refused.
 */
@Service
class FactRecorder {

    private final CommandGateway commands;
    private final FactReceipts receipts;

    FactRecorder(CommandGateway commands, FactReceipts receipts) {
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
            return commands.sendAndWait(fact.command());
        } catch (RuntimeException e) {
            // Two posts of one id can both pass the check above; the receipt's key lets only one commit.
            return receipts.find(fact.id()).map(winner -> answerRetry(winner, fact)).orElseThrow(() -> e);
        }
    }

    private static FactReceipt answerRetry(StoredReceipt earlier, RecordableFact fact) {
        if (!earlier.fingerprint().equals(fact.fingerprint())) {
            throw new IdReusedException(fact.id());
        }
        return earlier.receipt();
    }
}
