package io.diplomatictimeline.timeline.receipt;

import io.diplomatictimeline.timeline.fact.KnownFacts;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Knows a fact by its receipt, written in the same transaction as the fact's event: what the aggregates ask
 * (Axon injects it into command handlers) when a fact refers to another. A fact accepted earlier in the same batch
 * has no receipt yet, and is known as one of this unit of work.
 */
@Component
class ReceiptedFacts implements KnownFacts {

    private final FactReceipts receipts;

    ReceiptedFacts(FactReceipts receipts) {
        this.receipts = receipts;
    }

    @Override
    public boolean isRecorded(UUID factId) {
        return FactsOfThisUnitOfWork.contains(factId) || receipts.find(factId).isPresent();
    }
}
