package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.correction.FactStatus;
import io.diplomatictimeline.timeline.fact.KnownFact;
import io.diplomatictimeline.timeline.fact.KnownFacts;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import io.diplomatictimeline.timeline.receipt.FactsOfThisUnitOfWork;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Knows a fact by its receipt, written in the same transaction as the fact's event, and reads its current wording
 * from the event store: what the aggregates ask (Axon injects it into command handlers) when a fact refers to
 * another. A fact accepted earlier in the same batch has no receipt yet, and is known as one of this unit of work.
 */
@Component
class ReceiptedFacts implements KnownFacts {

    private final FactReceipts receipts;
    private final RecordedFacts recordedFacts;

    ReceiptedFacts(FactReceipts receipts, RecordedFacts recordedFacts) {
        this.receipts = receipts;
        this.recordedFacts = recordedFacts;
    }

    @Override
    public boolean isRecorded(UUID factId) {
        return FactsOfThisUnitOfWork.contains(factId) || receipts.find(factId).isPresent();
    }

    @Override
    public Optional<KnownFact> find(UUID factId) {
        return FactsOfThisUnitOfWork.dateOf(factId).map(date -> new KnownFact(date, false))
                .or(() -> receipts.version(factId).map(version -> new KnownFact(
                        recordedFacts.current(version).header().occurredOn(),
                        FactStatus.RETRACTED.toString().equals(version.status()))));
    }
}
