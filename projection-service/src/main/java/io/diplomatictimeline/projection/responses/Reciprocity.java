package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.responses.FactMoves.MoveRow;
import io.diplomatictimeline.projection.responses.FactMoves.Tally;
import io.diplomatictimeline.projection.responses.FactResponses.Link;
import io.diplomatictimeline.projection.timeline.FactReference;
import io.diplomatictimeline.projection.timeline.FactReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The reciprocity ledger of two countries: each side's moves against the other, by type and year, which the other
 * side answered and how fast, which it has not. A move counts as answered once a fact of the other side responds to
 * it, on any track; the facts and their answers are those known at the moment asked about.
 */
@Component
class Reciprocity {

    /** The most moves each list shows; the sums count them all. */
    static final int MAX_LISTED = 500;

    private final FactMoves moves;
    private final FactResponses responses;
    private final FactReferences references;

    Reciprocity(FactMoves moves, FactResponses responses, FactReferences references) {
        this.moves = moves;
        this.responses = responses;
        this.references = references;
    }

    Ledger ledger(ReciprocityQuery query) {
        List<Tally> bySide = moves.tallies(query, false);
        List<Tally> byTypeAndYear = moves.tallies(query, true);
        List<MoveRow> answered = moves.list(query, true, MAX_LISTED + 1);
        List<MoveRow> unanswered = moves.list(query, false, MAX_LISTED + 1);
        boolean truncated = answered.size() > MAX_LISTED || unanswered.size() > MAX_LISTED;
        answered = answered.subList(0, Math.min(answered.size(), MAX_LISTED));
        unanswered = unanswered.subList(0, Math.min(unanswered.size(), MAX_LISTED));

        Map<UUID, List<Link>> answers = responses.answering(answered.stream().map(MoveRow::id).toList(), query.asOf())
                .stream().collect(Collectors.groupingBy(Link::answered));
        Map<UUID, FactReference> titles = references.find(Stream.concat(
                Stream.concat(answered.stream(), unanswered.stream()).map(MoveRow::id),
                answers.values().stream().flatMap(List::stream).map(Link::response)).toList(), query.asOf());

        List<Ledger.AnsweredMove> answeredMoves = new ArrayList<>();
        for (MoveRow move : answered) {
            List<Ledger.Answer> theirs = answers.getOrDefault(move.id(), List.of()).stream()
                    .filter(answer -> move.against().equals(answer.by()))
                    .map(answer -> new Ledger.Answer(answer.response(), answer.type(), answer.relation(),
                            answer.by(), answer.occurredOn(), title(titles, answer.response()),
                            days(move.startDay(), answer.startDay())))
                    .toList();
            answeredMoves.add(new Ledger.AnsweredMove(view(move, titles), move.days(), theirs));
        }
        List<Ledger.Side> sides = List.of(side(query.first(), query.second(), bySide, byTypeAndYear),
                side(query.second(), query.first(), bySide, byTypeAndYear));
        return new Ledger(List.of(query.first(), query.second()), sides, answeredMoves,
                unanswered.stream().map(move -> view(move, titles)).toList(), truncated);
    }

    private static Ledger.Side side(String country, String against, List<Tally> bySide, List<Tally> byTypeAndYear) {
        Predicate<Tally> ofCountry = tally -> tally.by().equals(country);
        List<Ledger.TypeAndYear> rows = byTypeAndYear.stream().filter(ofCountry)
                .map(tally -> new Ledger.TypeAndYear(tally.type(), tally.year(), tally.moves(), tally.answered(),
                        tally.moves() - tally.answered(), tally.medianDays(), quantities(tally.type(), tally)))
                .toList();
        Tally total = bySide.stream().filter(ofCountry).findFirst()
                .orElse(new Tally(country, null, null, 0, null, 0, null));
        Map<String, Long> quantities = rows.stream().flatMap(row -> row.quantities().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
        return new Ledger.Side(country, against, total.moves(), total.answered(), total.moves() - total.answered(),
                total.medianDays(), quantities, rows);
    }

    private static Map<String, Long> quantities(String type, Tally tally) {
        String name = Move.quantityNameOf(type);
        return name == null || tally.quantity() == null ? Map.of() : Map.of(name, tally.quantity());
    }

    private static Ledger.MoveView view(MoveRow move, Map<UUID, FactReference> titles) {
        String name = Move.quantityNameOf(move.type());
        return new Ledger.MoveView(move.id(), move.type(), move.track(), move.occurredOn(), title(titles, move.id()),
                move.by(), move.against(), name == null || move.quantity() == null ? Map.of()
                        : Map.of(name, move.quantity()));
    }

    private static String title(Map<UUID, FactReference> titles, UUID id) {
        FactReference reference = titles.get(id);
        return reference == null ? null : reference.title();
    }

    /** Days from one start to the other; null when the later one cannot be told to come after. */
    static Long days(long fromDay, long toDay) {
        return toDay >= fromDay ? toDay - fromDay : null;
    }
}
