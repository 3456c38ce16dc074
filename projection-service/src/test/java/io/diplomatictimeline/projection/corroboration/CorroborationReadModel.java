package io.diplomatictimeline.projection.corroboration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The corroboration read model's parts as plain objects, for tests. */
public final class CorroborationReadModel {

    private CorroborationReadModel() {
    }

    public static FactProjection projector(JdbcClient jdbc) {
        return new CorroborationProjector(corroborations(jdbc));
    }

    public static FactCorroborations corroborations(JdbcClient jdbc) {
        return new FactCorroborations(jdbc, new ObjectMapper());
    }
}
