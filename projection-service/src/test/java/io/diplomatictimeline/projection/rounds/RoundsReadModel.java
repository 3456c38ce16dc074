package io.diplomatictimeline.projection.rounds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.disputes.DisputesReadModel;
import io.diplomatictimeline.projection.proposals.ProposalsReadModel;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.statements.StatementsReadModel;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rounds' parts as plain objects, over the read models they ask, for tests. */
public final class RoundsReadModel {

    private RoundsReadModel() {
    }

    public static FactProjection projector(JdbcClient jdbc) {
        return new RoundProjector(new RoundFacts(jdbc, new ObjectMapper()));
    }

    public static Rounds query(JdbcClient jdbc, Clock clock) {
        return new Rounds(new RoundFacts(jdbc, new ObjectMapper()), ProposalsReadModel.query(jdbc, clock),
                DisputesReadModel.query(jdbc), StatementsReadModel.query(jdbc));
    }
}
