package io.diplomatictimeline.projection.actors;

import io.diplomatictimeline.projection.readmodel.AsOf;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The actors, folded at query time from their appearances: which name, country and offices a person has depends on
 * every fact about them, whichever order those facts arrived in.
 */
@Component
public class Actors {

    private static final Comparator<ActorSummary> BY_NAME = Comparator
            .comparing(ActorSummary::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ActorSummary::id);

    private final ActorAppearances appearances;

    Actors(ActorAppearances appearances) {
        this.appearances = appearances;
    }

    /** Every actor, by name. */
    public List<ActorSummary> all() {
        return all(AsOf.now());
    }

    /** Every actor known at that moment, by name. */
    public List<ActorSummary> all(AsOf asOf) {
        Map<String, List<ActorAppearances.Row>> byActor = new LinkedHashMap<>();
        for (ActorAppearances.Row row : appearances.all(asOf)) {
            byActor.computeIfAbsent(row.actorId(), id -> new ArrayList<>()).add(row);
        }
        return byActor.entrySet().stream()
                .map(actor -> new ActorSummary(actor.getKey(), name(actor.getValue()), country(actor.getValue()),
                        offices(actor.getValue()), actor.getValue().size()))
                .sorted(BY_NAME)
                .toList();
    }

    public Optional<Actor> byId(String id) {
        return byId(id, AsOf.now());
    }

    public Optional<Actor> byId(String id, AsOf asOf) {
        List<ActorAppearances.Row> rows = appearances.of(id, asOf);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Appearance> seen = rows.stream()
                .map(row -> new Appearance(row.factId(), row.type(), row.track(), row.occurredOn(), row.title(),
                        row.role(), row.office()))
                .toList();
        return Optional.of(new Actor(id, name(rows), country(rows), offices(rows), seen));
    }

    /** Rows come in timeline order, so the last one is the latest fact. */
    private static String name(List<ActorAppearances.Row> rows) {
        return rows.get(rows.size() - 1).name();
    }

    private static String country(List<ActorAppearances.Row> rows) {
        String latest = null;
        for (ActorAppearances.Row row : rows) {
            if (row.country() != null) {
                latest = row.country();
            }
        }
        return latest;
    }

    private static List<ActorOffice> offices(List<ActorAppearances.Row> rows) {
        Map<String, ActorOffice> offices = new LinkedHashMap<>();
        for (ActorAppearances.Row row : rows) {
            if (row.office() != null) {
                offices.merge(row.office(), new ActorOffice(row.office(), row.periodStart(), row.periodStart()),
                        ActorOffice::spanning);
            }
        }
        return offices.values().stream()
                .sorted(Comparator.comparing(ActorOffice::from).thenComparing(ActorOffice::office))
                .toList();
    }
}
