package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The chains and the reciprocity ledger as plain objects, for tests. */
public final class ResponsesReadModel {

    private ResponsesReadModel() {
    }

    public static FactProjection[] projectors(JdbcClient jdbc) {
        return new FactProjection[] {new ResponseProjector(new FactResponses(jdbc)),
                new MoveProjector(new FactMoves(jdbc))};
    }

    public static Optional<Chain> chain(JdbcClient jdbc, UUID id, AsOf asOf) {
        return new Chains(new FactResponses(jdbc), TimelineReadModel.entries(jdbc)).around(id, asOf);
    }

    public static Ledger ledger(JdbcClient jdbc, String first, String second, AsOf asOf) {
        return reciprocity(jdbc).ledger(ReciprocityQuery.between(first, second).asOf(asOf));
    }

    static Reciprocity reciprocity(JdbcClient jdbc) {
        return new Reciprocity(new FactMoves(jdbc), new FactResponses(jdbc), TimelineReadModel.references(jdbc));
    }
}
