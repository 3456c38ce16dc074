package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.AddedReadModel;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The facts that are moves of one country against another, for the reciprocity ledger. */
@Component
class MoveProjector implements AddedReadModel {

    private final FactMoves moves;

    MoveProjector(FactMoves moves) {
        this.moves = moves;
    }

    @Override
    public String readModel() {
        return "moves";
    }

    @Override
    public void apply(RecordedFact fact, PendingRows rows) {
        Move.of(fact).ifPresent(move -> moves.add(fact, move, rows));
    }

    @Override
    public void close(UUID factId, Instant at) {
        moves.close(factId, at);
    }

    @Override
    public void forgetEverything() {
        moves.deleteAll();
    }
}
