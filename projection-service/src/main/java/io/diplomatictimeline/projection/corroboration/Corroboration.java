package io.diplomatictimeline.projection.corroboration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a fact is corroborated, as every entry carries it.
 *
 * @param sources    the distinct sources (publisher, URL, date) of the fact, its own and those added
 * @param publishers the distinct publishers among them
 * @param disputedBy the publishers of the sources that dispute it, in the order they came
 * @param level      {@value #CONTESTED} when any source disputes it, else {@value #CORROBORATED} when two or more
 *                   publishers confirm it, else {@value #SINGLE_SOURCE}
 */
public record Corroboration(int sources, int publishers, List<String> disputedBy, String level) {

    public static final String SINGLE_SOURCE = "single-source";
    public static final String CORROBORATED = "corroborated";
    public static final String CONTESTED = "contested";
    public static final List<String> LEVELS = List.of(SINGLE_SOURCE, CORROBORATED, CONTESTED);

    /** Counted from the sources in the order they came: a later source the same as an earlier one takes its place. */
    static Corroboration of(List<CountedSource> basis) {
        Map<String, CountedSource> distinct = new LinkedHashMap<>();
        basis.forEach(source -> distinct.put(source.key(), source));
        Set<String> publishers = new LinkedHashSet<>();
        Set<String> confirming = new LinkedHashSet<>();
        Map<String, String> disputing = new LinkedHashMap<>();
        for (CountedSource source : distinct.values()) {
            publishers.add(source.publisherKey());
            if (source.disputes()) {
                disputing.putIfAbsent(source.publisherKey(), source.publisher().strip());
            } else {
                confirming.add(source.publisherKey());
            }
        }
        String level = !disputing.isEmpty() ? CONTESTED : confirming.size() >= 2 ? CORROBORATED : SINGLE_SOURCE;
        return new Corroboration(distinct.size(), publishers.size(), new ArrayList<>(disputing.values()), level);
    }
}
