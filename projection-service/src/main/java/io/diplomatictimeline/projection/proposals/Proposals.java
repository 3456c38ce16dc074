package io.diplomatictimeline.projection.proposals;

import io.diplomatictimeline.projection.readmodel.AsOf;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The proposals, each with its answers joined as it is read. How long the current stage has lasted depends on the
 * day of the query (or of the instant asked about), so stages are counted here against the clock, never stored.
 */
@Component
public class Proposals {

    private final ProposalFacts facts;
    private final Clock clock;

    Proposals(ProposalFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** The proposals of a track, or of every track when it is null, in the order they were made. */
    public List<Proposal> list(String track) {
        return list(track, AsOf.now());
    }

    /** The proposals of a track, or of every track when it is null, as known at that moment. */
    public List<Proposal> list(String track, AsOf asOf) {
        Map<UUID, List<ProposalFacts.Answer>> answers = new LinkedHashMap<>();
        for (ProposalFacts.Answer answer : facts.answers(track, asOf)) {
            answers.computeIfAbsent(answer.proposalId(), id -> new ArrayList<>()).add(answer);
        }
        LocalDate today = asOf.today(clock);
        return facts.proposals(track, asOf).stream()
                .map(made -> proposal(made, answers.getOrDefault(made.id(), List.of()), today))
                .toList();
    }

    public Optional<Proposal> byId(UUID id) {
        return byId(id, AsOf.now());
    }

    public Optional<Proposal> byId(UUID id, AsOf asOf) {
        return facts.proposal(id, asOf).map(made -> proposal(made, facts.answersTo(id, asOf), asOf.today(clock)));
    }

    private static Proposal proposal(ProposalFacts.MadeProposal made, List<ProposalFacts.Answer> answers,
                                     LocalDate today) {
        List<StageStart> starts = new ArrayList<>();
        starts.add(new StageStart(Proposal.PROPOSED, made.occurredOn(), made.periodStart()));
        answers.forEach(answer -> starts.add(new StageStart(answer.outcome(), answer.occurredOn(),
                answer.periodStart())));
        List<ProposalStage> stages = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            StageStart start = starts.get(i);
            LocalDate until = i + 1 < starts.size() ? starts.get(i + 1).since() : null;
            // A stage dated after its end (an answer dated within the proposal's own month, say) lasted no time.
            long days = Math.max(0, ChronoUnit.DAYS.between(start.since(), until != null ? until : today));
            stages.add(new ProposalStage(start.stage(), start.from(), start.since(), until, days));
        }
        return new Proposal(made.id(), made.track(), made.title(), made.proposal(), made.proposedBy(),
                made.proposedTo(), made.occurredOn(), made.roundNumber(), stages.get(stages.size() - 1).stage(),
                stages);
    }

    private record StageStart(String stage, String from, LocalDate since) {
    }
}
