package io.diplomatictimeline.timeline.receipt;

import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.correction.FactRetracted;
import io.diplomatictimeline.timeline.corroboration.SourceAdded;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Writes each fact's receipt as its event is stored, and keeps it up to date as the fact is corrected or
 * retracted, and notes the id of each source added, which no fact may take. The "fact-receipts" group is a
 * subscribing processor with a propagating error handler, so this runs inside the command's transaction and a failed
 * insert (an id already taken) rolls the event back with it.
 */
@Component
@ProcessingGroup(FactReceiptRecorder.GROUP)
class FactReceiptRecorder {

    static final String GROUP = "fact-receipts";

    private final FactReceipts receipts;
    private final FactFingerprint fingerprint;

    FactReceiptRecorder(FactReceipts receipts, FactFingerprint fingerprint) {
        this.receipts = receipts;
        this.fingerprint = fingerprint;
    }

    @EventHandler
    void on(TimelineEvent event) {
        receipts.add(event.receipt(), fingerprint.of(event.type(), event.fact(), event.details()));
    }

    /**
     * A changed fact keeps its receipt (a retry of its original POST is still answered as the first time); the
     * receipt learns the new version and where its events are.
     */
    @EventHandler
    void on(FactCorrected event) {
        receipts.corrected(event.id(), event.factId(), event.version(), event.sequence());
    }

    @EventHandler
    void on(FactRetracted event) {
        receipts.retracted(event.id(), event.factId(), event.version(), event.sequence());
    }

    @EventHandler
    void on(SourceAdded event) {
        receipts.sourceAdded(event.id(), event.factId(), event.sequence());
    }
}
