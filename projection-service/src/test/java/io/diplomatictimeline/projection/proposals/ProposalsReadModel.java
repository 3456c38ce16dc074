package io.diplomatictimeline.projection.proposals;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The proposals' parts as plain objects, for tests. */
public final class ProposalsReadModel {

    private ProposalsReadModel() {
    }

    public static FactProjection projector(JdbcClient jdbc) {
        return new ProposalProjector(new ProposalFacts(jdbc));
    }

    public static Proposals query(JdbcClient jdbc, Clock clock) {
        return new Proposals(new ProposalFacts(jdbc), clock);
    }
}
