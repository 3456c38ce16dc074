package io.diplomatictimeline.timeline.receipt;

import io.diplomatictimeline.timeline.fact.TimelineEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Writes each fact's receipt as its event is stored. The "fact-receipts" group is a subscribing processor with
 * a propagating error handler, so this runs inside the command's transaction and a failed insert (an id
 * already taken) rolls the event back with it.
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
}
