package io.diplomatictimeline.projection.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.actors.ActorMention;
import io.diplomatictimeline.projection.actors.ActorMentions;
import io.diplomatictimeline.projection.timeline.TimelineFacet;
import java.util.ArrayList;
import java.util.List;

/** The parts of an entry that exports write as one line of text each: who, where, what about, on whose word. */
final class EntryText {

    static final String LIST_SEPARATOR = "; ";

    private EntryText() {
    }

    /** "Alexander Darchiev (RU); Sonata Coulter (US)": the actors, the speaker, the heads of delegations. */
    static String actors(JsonNode entry) {
        List<String> names = new ArrayList<>();
        for (ActorMention actor : ActorMentions.in(entry)) {
            names.add(actor.country() == null ? actor.name() : actor.name() + " (" + actor.country() + ")");
        }
        return String.join(LIST_SEPARATOR, names);
    }

    /** The values of one facet ({@link TimelineFacet#COUNTRY} or {@link TimelineFacet#TOPIC}), as filters see them. */
    static String facet(JsonNode entry, String facet) {
        return String.join(LIST_SEPARATOR, TimelineFacet.of(entry).stream()
                .filter(value -> value.facet().equals(facet)).map(TimelineFacet::value).toList());
    }

    /** "IANS, 2025-04-10: “quote” https://…" for each source. */
    static String sources(JsonNode entry) {
        List<String> sources = new ArrayList<>();
        for (JsonNode source : entry.path("sources")) {
            StringBuilder text = new StringBuilder(source.path("publisher").asText(""));
            if (source.hasNonNull("publishedOn")) {
                text.append(", ").append(source.get("publishedOn").asText());
            }
            if (source.hasNonNull("quote")) {
                text.append(": “").append(source.get("quote").asText()).append('”');
            }
            if (source.hasNonNull("url")) {
                text.append(' ').append(source.get("url").asText());
            }
            sources.add(text.toString());
        }
        return String.join(LIST_SEPARATOR, sources);
    }

    /** "CONSULT/visit", "AGREE", or empty where no PLOVER category fits. */
    static String plover(JsonNode entry) {
        JsonNode plover = entry.path("plover");
        if (!plover.hasNonNull("event")) {
            return "";
        }
        return plover.hasNonNull("mode")
                ? plover.get("event").asText() + "/" + plover.get("mode").asText()
                : plover.get("event").asText();
    }

    static String text(JsonNode entry, String field) {
        return entry.hasNonNull(field) ? entry.get(field).asText() : "";
    }
}
