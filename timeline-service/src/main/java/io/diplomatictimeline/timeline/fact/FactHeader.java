package io.diplomatictimeline.timeline.fact;

import io.diplomatictimeline.edtf.EdtfDate;
import java.util.List;
import java.util.UUID;

/**
 * What every fact says whatever its type: which track it belongs to, when it happened, who took part,
 * where, about what, who reported it, and which earlier facts it answers. The type-specific part travels beside it
 * as {@link FactDetails}.
 */
public record FactHeader(
        UUID id,
        String track,
        EdtfDate occurredOn,
        String title,
        String summary,
        List<Actor> actors,
        Place location,
        List<String> topics,
        List<Source> sources,
        List<Response> respondsTo) {

    public FactHeader {
        // Absent and empty lists mean the same, so a retry that omits them is the same fact.
        actors = actors == null ? List.of() : List.copyOf(actors);
        topics = topics == null ? List.of() : List.copyOf(topics);
        sources = sources == null ? List.of() : List.copyOf(sources);
        respondsTo = respondsTo == null ? List.of() : List.copyOf(respondsTo);
    }

    /** A fact that answers no earlier fact. */
    public FactHeader(UUID id, String track, EdtfDate occurredOn, String title, String summary, List<Actor> actors,
                      Place location, List<String> topics, List<Source> sources) {
        this(id, track, occurredOn, title, summary, actors, location, topics, sources, List.of());
    }
}
