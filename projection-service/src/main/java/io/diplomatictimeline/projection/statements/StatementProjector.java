package io.diplomatictimeline.projection.statements;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Keeps every statement-issued fact, with what statements are looked up by: speaker, subject and order. */
@Component
class StatementProjector implements FactProjection {

    static final String STATEMENT_ISSUED = "statement-issued";

    private final StatementFacts statements;

    StatementProjector(StatementFacts statements) {
        this.statements = statements;
    }

    @Override
    public void apply(RecordedFact fact) {
        if (fact.is(STATEMENT_ISSUED)) {
            statements.add(fact);
        }
    }

    @Override
    public void close(UUID factId, Instant at) {
        statements.close(factId, at);
    }

    @Override
    public void forgetEverything() {
        statements.deleteAll();
    }
}
