package io.diplomatictimeline.projection.statements;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The statements' parts as plain objects, for tests. */
public final class StatementsReadModel {

    private StatementsReadModel() {
    }

    public static FactProjection projector(JdbcClient jdbc) {
        return new StatementProjector(new StatementFacts(jdbc, new ObjectMapper()));
    }

    public static Statements query(JdbcClient jdbc) {
        return new Statements(new StatementFacts(jdbc, new ObjectMapper()), TimelineReadModel.references(jdbc));
    }
}
