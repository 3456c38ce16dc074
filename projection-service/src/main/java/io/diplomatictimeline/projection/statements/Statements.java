package io.diplomatictimeline.projection.statements;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.actors.ActorNaming;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.timeline.FactReference;
import io.diplomatictimeline.projection.timeline.FactReferences;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The statements, with the fact each is about looked up as they are read, wherever and whenever it arrived. */
@Component
public class Statements {

    private final StatementFacts statements;
    private final FactReferences facts;

    Statements(StatementFacts statements, FactReferences facts) {
        this.statements = statements;
        this.facts = facts;
    }

    /** The statements that match the query, in timeline order. */
    public List<Statement> find(StatementQuery query) {
        return views(statements.find(query), query.asOf());
    }

    /** The statements about any of these facts known at that moment, in timeline order. */
    public List<Statement> about(Collection<UUID> factIds, AsOf asOf) {
        return views(statements.about(factIds, asOf), asOf);
    }

    private List<Statement> views(List<JsonNode> documents, AsOf asOf) {
        Map<UUID, FactReference> about = facts.find(documents.stream()
                .map(Statements::aboutFactId).filter(Objects::nonNull).toList(), asOf);
        return documents.stream().map(document -> view(document, about)).toList();
    }

    private static Statement view(JsonNode document, Map<UUID, FactReference> about) {
        JsonNode details = document.path("details");
        UUID aboutFactId = aboutFactId(document);
        return new Statement(UUID.fromString(document.path("id").asText()), textOf(document.get("track")),
                textOf(document.get("occurredOn")), speaker(details.path("speaker")), textOf(details.get("quote")),
                textOf(details.get("outlet")), aboutFactId, aboutFactId == null ? null : about.get(aboutFactId),
                document.path("sources"));
    }

    private static Speaker speaker(JsonNode speaker) {
        String name = textOf(speaker.get("name"));
        if (name == null) {
            return null;
        }
        return new Speaker(ActorNaming.idOf(name), name.strip(), textOf(speaker.get("office")),
                textOf(speaker.get("country")));
    }

    private static UUID aboutFactId(JsonNode document) {
        String id = textOf(document.path("details").get("aboutFactId"));
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAFactId) {
            return null;
        }
    }
}
