package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.agreement.AgreementReachedDetails;
import io.diplomatictimeline.timeline.agreement.ContactsContinuationDetails;
import io.diplomatictimeline.timeline.dispute.DisputeDiscussedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeRaisedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeResolvedDetails;
import io.diplomatictimeline.timeline.dispute.PropertySeizureDetails;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.KnownFacts;
import io.diplomatictimeline.timeline.proposal.ProposalAnsweredDetails;
import io.diplomatictimeline.timeline.proposal.ProposalMadeDetails;
import io.diplomatictimeline.timeline.round.AgendaSetDetails;
import io.diplomatictimeline.timeline.round.RoundHeldDetails;
import io.diplomatictimeline.timeline.round.RoundScheduledDetails;
import io.diplomatictimeline.timeline.statement.StatementIssuedDetails;
import java.time.Instant;
import java.util.UUID;

/**
 * What a track's facts say that the rules of later facts read: its rounds, proposals and disputes. It holds no
 * entry per fact, only per round, proposal and dispute, so it stays small however long the history grows.
 * <p>
 * The rules of every type live in {@link #check}, the one place both a new fact and a corrected one are judged
 * by; what each type adds to the history lives in {@link #add}. A type is told by its details, one class per type.
 */
final class TrackHistory {

    private final Rounds rounds;
    private final Proposals proposals;
    private final Disputes disputes;

    TrackHistory() {
        this(new Rounds(), new Proposals(), new Disputes());
    }

    private TrackHistory(Rounds rounds, Proposals proposals, Disputes disputes) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.disputes = disputes;
    }

    /**
     * The history as if the fact had never been recorded: what its correction is checked against, so that a
     * corrected fact meets the same rules as a new one (a round re-dated does not clash with its own old date).
     */
    TrackHistory without(UUID factId) {
        TrackHistory copy = new TrackHistory(rounds.copy(), proposals.copy(), disputes.copy());
        copy.withdraw(factId);
        return copy;
    }

    /** Every rule of the fact's type, checked against this history; {@code now} is when it is recorded. */
    void check(FactHeader fact, FactDetails details, KnownFacts knownFacts, Instant now) {
        String track = fact.track();
        EdtfDate date = fact.occurredOn();
        ResponseRule.check(fact, knownFacts);
        if (details instanceof RoundScheduledDetails round) {
            // A scheduled round may lie ahead: the one fact that is not checked against today.
            rounds.checkCanSchedule(track, round.roundNumber(), date);
            return;
        }
        HappenedRule.check(date, now);
        if (details instanceof RoundHeldDetails round) {
            rounds.checkCanHold(track, round.roundNumber(), date);
        } else if (details instanceof AgendaSetDetails agenda) {
            rounds.checkScheduledOrHeld(track, agenda.roundNumber());
        } else if (details instanceof AgreementReachedDetails agreement) {
            rounds.checkOutcomeOf(track, agreement.roundNumber(), date);
        } else if (details instanceof ContactsContinuationDetails continuation) {
            rounds.checkOutcomeOf(track, continuation.roundNumber(), date);
        } else if (details instanceof ProposalMadeDetails proposal) {
            rounds.checkOutcomeOf(track, proposal.roundNumber(), date);
        } else if (details instanceof ProposalAnsweredDetails answer) {
            proposals.checkCanAnswer(track, answer.proposalId(), date);
        } else if (details instanceof DisputeDiscussedDetails discussion) {
            disputes.checkCanDiscuss(track, discussion.disputeId(), date);
            rounds.checkOutcomeOf(track, discussion.roundNumber(), date);
        } else if (details instanceof DisputeResolvedDetails resolution) {
            disputes.checkCanResolve(track, resolution.disputeId(), date);
        } else if (details instanceof StatementIssuedDetails statement) {
            checkAbout(fact.id(), statement.aboutFactId(), knownFacts);
        }
        // Disputes and property seizures raised, expulsions and seizures need only to have happened.
    }

    /** What the fact adds to the history; {@code sequence} is its place on the track when first recorded. */
    void add(FactHeader fact, FactDetails details, long sequence) {
        UUID id = fact.id();
        EdtfDate date = fact.occurredOn();
        if (details instanceof RoundScheduledDetails round) {
            rounds.scheduled(round.roundNumber(), id, sequence, date);
        } else if (details instanceof RoundHeldDetails round) {
            rounds.held(round.roundNumber(), id, date);
        } else if (details instanceof ProposalMadeDetails) {
            proposals.made(id, date);
        } else if (details instanceof ProposalAnsweredDetails answer
                && ProposalAnsweredDetails.IMPLEMENTED.equals(answer.outcome())) {
            proposals.implemented(id, answer.proposalId());
        } else if (details instanceof DisputeRaisedDetails || details instanceof PropertySeizureDetails) {
            disputes.raised(id, date);
        } else if (details instanceof DisputeResolvedDetails resolution) {
            disputes.resolved(id, resolution.disputeId());
        }
    }

    /** Takes back whatever the fact added, as if it had never been recorded. */
    void withdraw(UUID factId) {
        rounds.withdraw(factId);
        proposals.withdraw(factId);
        disputes.withdraw(factId);
    }

    /**
     * A statement may be about a fact recorded anywhere on the timeline (even one retracted since: what was said
     * about it was still said), but not about itself.
     */
    private static void checkAbout(UUID statementId, UUID about, KnownFacts knownFacts) {
        if (about == null) {
            return;
        }
        if (about.equals(statementId)) {
            throw new HistoryConflictException("details.aboutFactId", "a statement cannot be about itself");
        }
        if (!knownFacts.isRecorded(about)) {
            throw new HistoryConflictException("details.aboutFactId",
                    "the statement is about fact " + about + ", which has not been recorded");
        }
    }
}
