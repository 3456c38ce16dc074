package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.actors.ActorMention;
import io.diplomatictimeline.projection.actors.ActorMentions;
import io.diplomatictimeline.projection.actors.ActorNaming;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A value an entry can be filtered by. The values sit in rows of their own, found through an index, because the
 * places they come from are lists inside the document, which no SQL portable to H2 and PostgreSQL can search.
 *
 * @param facet one of {@link #ACTOR}, {@link #ACTOR_NAME}, {@link #COUNTRY}, {@link #TOPIC}
 */
public record TimelineFacet(String facet, String value) {

    /** An actor's id. */
    static final String ACTOR = "actor";
    /** An actor's {@link ActorNaming#nameKey(String) name key}, so a name matches whatever its case. */
    static final String ACTOR_NAME = "actor-name";
    public static final String COUNTRY = "country";
    public static final String TOPIC = "topic";

    /** The people in the fact, their countries and where it took place, its topics and its agenda's topics. */
    public static Set<TimelineFacet> of(JsonNode document) {
        Set<TimelineFacet> facets = new LinkedHashSet<>();
        for (ActorMention actor : ActorMentions.in(document)) {
            facets.add(new TimelineFacet(ACTOR, actor.id()));
            facets.add(new TimelineFacet(ACTOR_NAME, ActorNaming.nameKey(actor.name())));
            addCountry(facets, actor.country());
        }
        JsonNode details = document.path("details");
        for (JsonNode delegation : details.path("delegations")) {
            addCountry(facets, RecordedFact.textOf(delegation.get("country")));
        }
        addCountry(facets, RecordedFact.textOf(document.path("location").get("country")));
        for (JsonNode topic : document.path("topics")) {
            addTopic(facets, RecordedFact.textOf(topic));
        }
        for (JsonNode item : details.path("items")) {
            addTopic(facets, RecordedFact.textOf(item.get("topic")));
        }
        return facets;
    }

    private static void addCountry(Set<TimelineFacet> facets, String country) {
        if (country != null && !country.isBlank()) {
            facets.add(new TimelineFacet(COUNTRY, country.strip().toUpperCase(Locale.ROOT)));
        }
    }

    private static void addTopic(Set<TimelineFacet> facets, String topic) {
        if (topic != null && !topic.isBlank()) {
            facets.add(new TimelineFacet(TOPIC, topic.strip()));
        }
    }
}
