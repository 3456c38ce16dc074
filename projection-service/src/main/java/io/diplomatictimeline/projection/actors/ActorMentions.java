package io.diplomatictimeline.projection.actors;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the people a fact document mentions, in the three places the vocabulary puts them: {@code actors[]},
 * {@code details.speaker} and {@code details.delegations[].head}. A person mentioned twice in one fact (a speaker
 * also listed among the actors) is one mention, so every count of appearances counts facts.
 */
public final class ActorMentions {

    private ActorMentions() {
    }

    public static List<ActorMention> in(JsonNode document) {
        Map<String, ActorMention> byId = new LinkedHashMap<>();
        for (JsonNode actor : document.path("actors")) {
            add(byId, actor, null, null);
        }
        JsonNode details = document.path("details");
        add(byId, details.path("speaker"), null, "speaker");
        for (JsonNode delegation : details.path("delegations")) {
            add(byId, delegation.path("head"), textOf(delegation.get("country")), "head of delegation");
        }
        return new ArrayList<>(byId.values());
    }

    private static void add(Map<String, ActorMention> byId, JsonNode person, String impliedCountry,
                            String impliedRole) {
        String name = textOf(person.get("name"));
        if (name == null || ActorNaming.idOf(name).isEmpty()) {
            return;
        }
        String country = textOf(person.get("country"));
        String role = textOf(person.get("role"));
        ActorMention mention = new ActorMention(ActorNaming.idOf(name), name.strip(),
                country(country != null ? country : impliedCountry), textOf(person.get("office")),
                role != null ? role : impliedRole);
        byId.merge(mention.id(), mention, ActorMention::completedBy);
    }

    private static String country(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
