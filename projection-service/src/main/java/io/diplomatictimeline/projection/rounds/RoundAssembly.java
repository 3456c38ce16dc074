package io.diplomatictimeline.projection.rounds;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;
import static io.diplomatictimeline.projection.rounds.RoundProjector.AGENDA_SET;
import static io.diplomatictimeline.projection.rounds.RoundProjector.AGREEMENT_REACHED;
import static io.diplomatictimeline.projection.rounds.RoundProjector.CONTACTS_CONTINUATION_AGREED;
import static io.diplomatictimeline.projection.rounds.RoundProjector.ROUND_HELD;
import static io.diplomatictimeline.projection.rounds.RoundProjector.ROUND_SCHEDULED;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.disputes.DisputeInRound;
import io.diplomatictimeline.projection.proposals.Proposal;
import io.diplomatictimeline.projection.statements.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Puts one round together from its facts, in timeline order, and from what other read models know of it. */
final class RoundAssembly {

    /**
     * The round-scheduled fact first recorded last holds: a rescheduling is recorded after what it replaces. A
     * correction of an earlier schedule is no rescheduling, so its own recording time does not count here.
     */
    private static final Comparator<RoundFacts.Row> RECORDED_ORDER = Comparator
            .comparing(RoundFacts.Row::firstRecordedAt)
            .thenComparing(row -> row.document().path("sequence").asLong());

    private RoundAssembly() {
    }

    static boolean isScheduledOrHeld(List<RoundFacts.Row> facts) {
        return facts.stream().anyMatch(fact -> fact.is(ROUND_SCHEDULED) || fact.is(ROUND_HELD));
    }

    static Round round(String track, int number, List<RoundFacts.Row> facts, List<Proposal> proposals,
                       List<DisputeInRound> disputes, List<Statement> statementsAbout) {
        Optional<RoundFacts.Row> held = facts.stream().filter(fact -> fact.is(ROUND_HELD)).findFirst();
        Optional<RoundFacts.Row> scheduled = facts.stream().filter(fact -> fact.is(ROUND_SCHEDULED))
                .max(RECORDED_ORDER);
        List<UUID> ownFacts = facts.stream()
                .filter(fact -> fact.is(ROUND_SCHEDULED) || fact.is(ROUND_HELD) || fact.is(AGENDA_SET))
                .map(RoundFacts.Row::factId)
                .toList();
        Set<UUID> linked = new HashSet<>();
        facts.forEach(fact -> linked.add(fact.factId()));
        proposals.forEach(proposal -> linked.add(proposal.id()));
        return new Round(track, number,
                held.isPresent() ? Round.HELD : Round.SCHEDULED,
                scheduled.map(fact -> textOf(fact.document().get("occurredOn"))).orElse(null),
                held.map(fact -> textOf(fact.document().get("occurredOn"))).orElse(null),
                heldElseScheduled(held, scheduled, fact -> fact.document().get("location")),
                textOf(heldElseScheduled(held, scheduled, fact -> fact.details().get("hostCountry"))),
                held.map(fact -> elements(fact.details().get("delegations"))).orElse(List.of()),
                heldElseScheduled(held, scheduled, fact -> fact.details().get("expectedDurationHours")),
                held.map(fact -> present(fact.details().get("durationHours"))).orElse(null),
                agenda(facts),
                facts.stream().filter(fact -> fact.is(AGREEMENT_REACHED)).map(RoundAssembly::agreement).toList(),
                proposals.stream().map(RoundAssembly::proposal).toList(),
                facts.stream().filter(fact -> fact.is(CONTACTS_CONTINUATION_AGREED)).map(RoundAssembly::contacts)
                        .toList(),
                disputes.stream().map(dispute -> new RoundDispute(dispute.disputeId(), dispute.kind(),
                        dispute.title(), dispute.factId(), dispute.occurredOn())).toList(),
                statementsAbout.stream().filter(statement -> linked.contains(statement.aboutFactId()))
                        .map(RoundAssembly::statement).toList(),
                ownFacts);
    }

    /** What the round-held fact says, or, when it does not say or there is none yet, the latest schedule. */
    private static JsonNode heldElseScheduled(Optional<RoundFacts.Row> held, Optional<RoundFacts.Row> scheduled,
                                              Function<RoundFacts.Row, JsonNode> field) {
        return held.map(field).map(RoundAssembly::present)
                .or(() -> scheduled.map(field).map(RoundAssembly::present))
                .orElse(null);
    }

    private static List<JsonNode> agenda(List<RoundFacts.Row> facts) {
        List<JsonNode> items = new ArrayList<>();
        facts.stream().filter(fact -> fact.is(AGENDA_SET))
                .forEach(fact -> items.addAll(elements(fact.details().get("items"))));
        return items;
    }

    private static RoundAgreement agreement(RoundFacts.Row fact) {
        JsonNode reciprocal = fact.details().get("reciprocal");
        return new RoundAgreement(fact.factId(), textOf(fact.document().get("occurredOn")),
                textOf(fact.document().get("title")), present(fact.details().get("parties")),
                textOf(fact.details().get("terms")),
                reciprocal != null && reciprocal.isBoolean() ? reciprocal.booleanValue() : null);
    }

    private static RoundProposal proposal(Proposal proposal) {
        return new RoundProposal(proposal.id(), proposal.madeOn(), proposal.title(), proposal.proposal(),
                proposal.proposedBy(), proposal.proposedTo(), proposal.status());
    }

    private static RoundContacts contacts(RoundFacts.Row fact) {
        return new RoundContacts(fact.factId(), textOf(fact.document().get("occurredOn")),
                textOf(fact.document().get("title")), present(fact.details().get("parties")));
    }

    private static RoundStatement statement(Statement statement) {
        return new RoundStatement(statement.id(), statement.occurredOn(), statement.speaker(), statement.quote(),
                statement.outlet(), statement.aboutFactId());
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(elements::add);
        }
        return elements;
    }

    /** A field left out and a field sent as null read alike: as null. */
    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }
}
