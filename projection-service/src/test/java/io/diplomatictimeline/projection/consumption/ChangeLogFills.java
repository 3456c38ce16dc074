package io.diplomatictimeline.projection.consumption;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;

/** Filling read models from the change log, as the service does at start-up, for tests. */
public final class ChangeLogFills {

    private ChangeLogFills() {
    }

    /** @return how many events the read models to fill took in */
    public static long fill(ReadModelDatabase database, FactProjection... projections) {
        return new ChangeLogFill(database.jdbc(), database.changeLog(), new CloudEventFactReader(new ObjectMapper()),
                database.projecting(projections), database.transactions()).fill();
    }
}
