package io.diplomatictimeline.projection.actors;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The actors' parts as plain objects, for tests. */
public final class ActorsReadModel {

    private ActorsReadModel() {
    }

    public static FactProjection projector(JdbcClient jdbc) {
        return new ActorProjector(new ActorAppearances(jdbc));
    }

    public static Actors query(JdbcClient jdbc) {
        return new Actors(new ActorAppearances(jdbc));
    }
}
