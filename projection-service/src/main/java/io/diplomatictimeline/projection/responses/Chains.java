package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.responses.FactResponses.Link;
import io.diplomatictimeline.projection.timeline.PlacedEntry;
import io.diplomatictimeline.projection.timeline.TimelineEntries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Walks the responses around a fact: up through what it answers, down through what answers it, each as far as it
 * goes, as known at the moment asked about. A fact that no longer stands (retracted) ends the walk there. The walk
 * visits each fact once, so it ends even where facts of the same day answer each other.
 */
@Component
class Chains {

    static final int MAX_STEPS = 500;

    private final FactResponses responses;
    private final TimelineEntries timeline;

    Chains(FactResponses responses, TimelineEntries timeline) {
        this.responses = responses;
        this.timeline = timeline;
    }

    /** Empty when the fact did not stand at that moment. */
    Optional<Chain> around(UUID id, AsOf asOf) {
        Map<UUID, PlacedEntry> steps = new LinkedHashMap<>(timeline.standing(List.of(id), asOf));
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        boolean truncated = walk(id, steps, responses::answeredBy, Link::answered, asOf)
                | walk(id, steps, responses::answering, Link::response, asOf);
        Map<UUID, List<Link>> answers = new HashMap<>();
        for (Link link : responses.answeredBy(steps.keySet(), asOf)) {
            if (steps.containsKey(link.answered())) {
                answers.computeIfAbsent(link.response(), response -> new ArrayList<>()).add(link);
            }
        }
        List<Chain.Step> ordered = steps.values().stream()
                .sorted(Comparator.comparing(PlacedEntry::place, TimelineEntries.IN_TIMELINE_ORDER))
                .map(step -> step(step, answers.getOrDefault(step.place().id(), List.of()), steps))
                .toList();
        return Optional.of(new Chain(id, ordered, truncated));
    }

    /**
     * Adds the facts reached from {@code start} one way, level by level, while they stand and the chain has room.
     *
     * @return whether the chain ran out of room
     */
    private boolean walk(UUID start, Map<UUID, PlacedEntry> steps,
                         BiFunction<Set<UUID>, AsOf, List<Link>> links, Function<Link, UUID> next, AsOf asOf) {
        Set<UUID> frontier = Set.of(start);
        while (!frontier.isEmpty()) {
            List<UUID> reached = links.apply(frontier, asOf).stream().map(next)
                    .filter(id -> !steps.containsKey(id)).distinct().toList();
            Map<UUID, PlacedEntry> standing = timeline.standing(reached, asOf);
            Set<UUID> added = new LinkedHashSet<>();
            for (UUID id : reached) {
                PlacedEntry entry = standing.get(id);
                if (entry == null) {
                    continue;
                }
                if (steps.size() == MAX_STEPS) {
                    return true;
                }
                steps.put(id, entry);
                added.add(id);
            }
            frontier = added;
        }
        return false;
    }

    private static Chain.Step step(PlacedEntry step, List<Link> answers, Map<UUID, PlacedEntry> steps) {
        long day = step.place().periodStart().toEpochDay();
        return new Chain.Step(step.place().id(), answers.stream()
                .map(link -> new Chain.Answer(link.answered(), link.relation(),
                        Reciprocity.days(steps.get(link.answered()).place().periodStart().toEpochDay(), day)))
                .toList(), step.entry());
    }
}
