package io.diplomatictimeline.projection.proposals;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps proposals and their answers apart, each as it came: an answer is joined to its proposal when proposals are
 * read, so it needs no proposal to be there when it arrives.
 */
@Component
class ProposalProjector implements FactProjection {

    private final ProposalFacts proposals;

    ProposalProjector(ProposalFacts proposals) {
        this.proposals = proposals;
    }

    @Override
    public void apply(RecordedFact fact) {
        if (fact.is("proposal-made")) {
            proposals.addProposal(fact);
        } else if (fact.is("proposal-answered")) {
            fact.reference("proposalId").ifPresent(proposalId -> proposals.addAnswer(fact, proposalId));
        }
    }

    @Override
    public void close(UUID factId, Instant at) {
        proposals.close(factId, at);
    }

    @Override
    public void forgetEverything() {
        proposals.deleteAll();
    }
}
