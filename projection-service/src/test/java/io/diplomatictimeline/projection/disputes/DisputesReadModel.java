package io.diplomatictimeline.projection.disputes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The disputes' parts as plain objects, for tests. */
public final class DisputesReadModel {

    private DisputesReadModel() {
    }

    public static FactProjection projector(JdbcClient jdbc) {
        return new DisputeProjector(new DisputeFacts(jdbc, new ObjectMapper()));
    }

    public static Disputes query(JdbcClient jdbc) {
        return new Disputes(new DisputeFacts(jdbc, new ObjectMapper()));
    }
}
