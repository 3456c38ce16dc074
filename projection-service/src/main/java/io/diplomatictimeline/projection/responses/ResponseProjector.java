package io.diplomatictimeline.projection.responses;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.AddedReadModel;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The facts each fact answers ({@code respondsTo}), kept as the fact gives them. A reference this service could not
 * follow (not a fact id, a relation outside the vocabulary, a fact named twice) is left out rather than stopping the
 * stream: timeline-service never publishes one.
 */
@Component
class ResponseProjector implements AddedReadModel {

    static final Set<String> RELATIONS = Set.of("retaliates", "reciprocates", "answers", "follows-up", "reverses");

    private final FactResponses responses;

    ResponseProjector(FactResponses responses) {
        this.responses = responses;
    }

    @Override
    public String readModel() {
        return "responses";
    }

    @Override
    public void apply(RecordedFact fact, PendingRows rows) {
        String side = Move.sideOf(fact);
        Set<UUID> answered = new HashSet<>();
        for (JsonNode response : fact.document().path("respondsTo")) {
            UUID id = uuid(textOf(response.get("id")));
            String relation = textOf(response.get("relation"));
            if (id != null && RELATIONS.contains(relation) && answered.add(id)) {
                responses.add(fact, new FactResponses.Response(id, relation), side, rows);
            }
        }
    }

    @Override
    public void close(UUID factId, Instant at) {
        responses.close(factId, at);
    }

    @Override
    public void forgetEverything() {
        responses.deleteAll();
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAFactId) {
            return null;
        }
    }
}
