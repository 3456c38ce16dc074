package io.diplomatictimeline.projection.rounds;

import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps every fact that belongs to a round, filed under its track and round number. A round is put together from
 * them when it is read, so a rescheduling, an agenda or an agreement may come in any order and still count.
 * Proposals, disputes and statements have read models of their own, which rounds ask at query time.
 */
@Component
class RoundProjector implements FactProjection {

    static final String ROUND_SCHEDULED = "round-scheduled";
    static final String ROUND_HELD = "round-held";
    static final String AGENDA_SET = "agenda-set";
    static final String AGREEMENT_REACHED = "agreement-reached";
    static final String CONTACTS_CONTINUATION_AGREED = "contacts-continuation-agreed";

    private static final Set<String> ROUND_TYPES = Set.of(ROUND_SCHEDULED, ROUND_HELD, AGENDA_SET,
            AGREEMENT_REACHED, CONTACTS_CONTINUATION_AGREED);

    private final RoundFacts rounds;

    RoundProjector(RoundFacts rounds) {
        this.rounds = rounds;
    }

    @Override
    public void apply(RecordedFact fact) {
        if (ROUND_TYPES.contains(fact.type())) {
            // An agreement or a continuation of contacts need not come from a round; only those that do belong here.
            fact.roundNumber().ifPresent(number -> rounds.add(fact, number));
        }
    }

    @Override
    public void close(UUID factId, Instant at) {
        rounds.close(factId, at);
    }

    @Override
    public void forgetEverything() {
        rounds.deleteAll();
    }
}
