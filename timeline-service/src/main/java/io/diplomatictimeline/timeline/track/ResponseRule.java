package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import io.diplomatictimeline.timeline.fact.KnownFact;
import io.diplomatictimeline.timeline.fact.KnownFacts;
import io.diplomatictimeline.timeline.fact.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A fact may answer facts recorded on any track, each once: facts that stand (not retracted) and that did not begin
 * after it ended. The date rule is also what keeps chains of responses free of cycles.
 */
final class ResponseRule {

    static void check(FactHeader fact, KnownFacts knownFacts) {
        List<Response> responses = fact.respondsTo();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            String field = "respondsTo[" + i + "].id";
            UUID id = responses.get(i).id();
            if (!answered.add(id)) {
                throw new ImpossibleFactException(field, "the fact responds to fact " + id
                        + " twice; name each fact it answers once");
            }
            if (id.equals(fact.id())) {
                throw new HistoryConflictException(field, "a fact cannot respond to itself");
            }
            KnownFact earlier = knownFacts.find(id).orElseThrow(() -> new HistoryConflictException(field,
                    "the fact responds to fact " + id + ", which has not been recorded"));
            if (earlier.retracted()) {
                throw new HistoryConflictException(field,
                        "the fact responds to fact " + id + ", which was retracted");
            }
            if (earlier.occurredOn().earliest().isAfter(fact.occurredOn().latest())) {
                throw new HistoryConflictException(field, "the fact responds to fact " + id + ", which began ("
                        + earlier.occurredOn() + ") after this one ended (" + fact.occurredOn()
                        + "): a response cannot come before what it answers");
            }
        }
    }

    private ResponseRule() {
    }
}
