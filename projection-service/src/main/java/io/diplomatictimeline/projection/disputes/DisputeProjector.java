package io.diplomatictimeline.projection.disputes;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A dispute is opened by the fact that raises it, whose id is the dispute's; later facts that discuss or resolve it
 * are kept as they came and joined to it when disputes are read.
 */
@Component
class DisputeProjector implements FactProjection {

    /** The kind of dispute a property seizure opens; a dispute-raised fact names its own. */
    static final String DIPLOMATIC_PROPERTY = "diplomatic-property";

    private final DisputeFacts disputes;

    DisputeProjector(DisputeFacts disputes) {
        this.disputes = disputes;
    }

    @Override
    public void apply(RecordedFact fact) {
        switch (fact.type()) {
            case "dispute-raised" -> disputes.addDispute(fact, RecordedFact.textOf(fact.details().get("kind")));
            case "property-seizure-raised" -> disputes.addDispute(fact, DIPLOMATIC_PROPERTY);
            case "dispute-discussed", "dispute-resolved" ->
                    fact.reference("disputeId").ifPresent(disputeId -> disputes.addFollowUp(fact, disputeId));
            default -> {
                // not about disputes
            }
        }
    }

    @Override
    public void close(UUID factId, Instant at) {
        disputes.close(factId, at);
    }

    @Override
    public void forgetEverything() {
        disputes.deleteAll();
    }
}
