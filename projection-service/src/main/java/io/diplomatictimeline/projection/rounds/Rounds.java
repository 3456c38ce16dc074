package io.diplomatictimeline.projection.rounds;

import io.diplomatictimeline.projection.disputes.DisputeInRound;
import io.diplomatictimeline.projection.disputes.Disputes;
import io.diplomatictimeline.projection.proposals.Proposal;
import io.diplomatictimeline.projection.proposals.Proposals;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.statements.Statement;
import io.diplomatictimeline.projection.statements.Statements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rounds, gathered at query time from their own facts and from the read models of proposals, disputes and
 * statements: a statement about a round from another track, or a dispute's title, shows as soon as it is known,
 * whichever arrived first.
 */
@Component
public class Rounds {

    private final RoundFacts facts;
    private final Proposals proposals;
    private final Disputes disputes;
    private final Statements statements;

    Rounds(RoundFacts facts, Proposals proposals, Disputes disputes, Statements statements) {
        this.facts = facts;
        this.proposals = proposals;
        this.disputes = disputes;
        this.statements = statements;
    }

    /** The rounds of a track, or of every track when it is null, by track then number. */
    public List<Round> list(String track) {
        return list(track, AsOf.now());
    }

    /** The rounds of a track, or of every track when it is null, as known at that moment. */
    public List<Round> list(String track, AsOf asOf) {
        return rounds(track, null, asOf);
    }

    public Optional<Round> find(String track, int number) {
        return find(track, number, AsOf.now());
    }

    public Optional<Round> find(String track, int number, AsOf asOf) {
        return rounds(track, number, asOf).stream().findFirst();
    }

    /** Every read model asked is asked as of the same moment, so the round is put together from one knowledge. */
    private List<Round> rounds(String track, Integer number, AsOf asOf) {
        Map<RoundKey, List<RoundFacts.Row>> rows = new TreeMap<>();
        for (RoundFacts.Row row : facts.find(track, number, asOf)) {
            rows.computeIfAbsent(new RoundKey(row.track(), row.roundNumber()), key -> new ArrayList<>()).add(row);
        }
        // Agendas and agreements name rounds that are scheduled or held; a round is known by those two facts.
        rows.values().removeIf(facts -> !RoundAssembly.isScheduledOrHeld(facts));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<RoundKey, List<Proposal>> proposalsMade = new HashMap<>();
        for (Proposal proposal : proposals.list(track, asOf)) {
            if (proposal.roundNumber() != null) {
                proposalsMade.computeIfAbsent(new RoundKey(proposal.track(), proposal.roundNumber()),
                        key -> new ArrayList<>()).add(proposal);
            }
        }
        Map<RoundKey, List<DisputeInRound>> disputesDiscussed = new HashMap<>();
        for (DisputeInRound dispute : disputes.discussedInRounds(track, asOf)) {
            disputesDiscussed.computeIfAbsent(new RoundKey(dispute.track(), dispute.roundNumber()),
                    key -> new ArrayList<>()).add(dispute);
        }
        Set<UUID> linkedFacts = new LinkedHashSet<>();
        rows.forEach((key, facts) -> {
            facts.forEach(fact -> linkedFacts.add(fact.factId()));
            proposalsMade.getOrDefault(key, List.of()).forEach(proposal -> linkedFacts.add(proposal.id()));
        });
        List<Statement> statementsAbout = statements.about(linkedFacts, asOf);
        return rows.entrySet().stream()
                .map(round -> RoundAssembly.round(round.getKey().track(), round.getKey().number(), round.getValue(),
                        proposalsMade.getOrDefault(round.getKey(), List.of()),
                        disputesDiscussed.getOrDefault(round.getKey(), List.of()), statementsAbout))
                .toList();
    }

    /** Orders rounds by track, then number, the same way on every database. */
    private record RoundKey(String track, int number) implements Comparable<RoundKey> {

        private static final Comparator<RoundKey> ORDER = Comparator.comparing(RoundKey::track)
                .thenComparingInt(RoundKey::number);

        @Override
        public int compareTo(RoundKey other) {
            return ORDER.compare(this, other);
        }
    }
}
