package io.diplomatictimeline.timeline.track;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.diplomatictimeline.timeline.agreement.AgreeToContinueContacts;
import io.diplomatictimeline.timeline.agreement.AgreementReached;
import io.diplomatictimeline.timeline.agreement.ContactsContinuationAgreed;
import io.diplomatictimeline.timeline.agreement.ReachAgreement;
import io.diplomatictimeline.timeline.dispute.DiscussDispute;
import io.diplomatictimeline.timeline.dispute.DisputeDiscussed;
import io.diplomatictimeline.timeline.dispute.DisputeRaised;
import io.diplomatictimeline.timeline.dispute.DisputeResolved;
import io.diplomatictimeline.timeline.dispute.PropertySeizureRaised;
import io.diplomatictimeline.timeline.dispute.RaiseDispute;
import io.diplomatictimeline.timeline.dispute.RaisePropertySeizure;
import io.diplomatictimeline.timeline.dispute.ResolveDispute;
import io.diplomatictimeline.timeline.expulsion.DiplomatsExpelled;
import io.diplomatictimeline.timeline.expulsion.ExpelDiplomats;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.KnownFacts;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import io.diplomatictimeline.timeline.proposal.AnswerProposal;
import io.diplomatictimeline.timeline.proposal.MakeProposal;
import io.diplomatictimeline.timeline.proposal.ProposalAnswered;
import io.diplomatictimeline.timeline.proposal.ProposalAnsweredDetails;
import io.diplomatictimeline.timeline.proposal.ProposalMade;
import io.diplomatictimeline.timeline.round.AgendaSet;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.RoundScheduled;
import io.diplomatictimeline.timeline.round.ScheduleRound;
import io.diplomatictimeline.timeline.round.SetAgenda;
import io.diplomatictimeline.timeline.statement.IssueStatement;
import io.diplomatictimeline.timeline.statement.StatementIssued;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One storyline or negotiation track, and the history its facts must agree with. The first fact on a track
 * opens it. Each handler checks the rules of its type, then records the fact; state holds only what the rules
 * read (rounds, proposals, disputes), so it stays small however long the history grows.
 * <p>
 * A long track is loaded from a snapshot of this state plus the facts after it (see the snapshot package): every
 * field is stored as it is. Raise the revision whenever the fields, or what the event sourcing handlers make of a
 * fact, change: snapshots of another revision are then ignored and the state is rebuilt from the facts.
 */
@Aggregate(snapshotTriggerDefinition = "trackSnapshotTrigger", snapshotFilter = "trackSnapshotFilter")
@Revision("1")
public class Track {

    @AggregateIdentifier
    private String id;
    private long lastSequence;
    private final Rounds rounds = new Rounds();
    private final Proposals proposals = new Proposals();
    private final Disputes disputes = new Disputes();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ScheduleRound command) {
        // A scheduled round may lie ahead: the one fact that is not checked against today.
        rounds.checkCanSchedule(command.track(), command.details().roundNumber(), command.fact().occurredOn());
        return record(new RoundScheduled(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(HoldRound command) {
        happened(command.fact());
        rounds.checkCanHold(command.track(), command.details().roundNumber(), command.fact().occurredOn());
        return record(new RoundHeld(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(SetAgenda command) {
        happened(command.fact());
        rounds.checkScheduledOrHeld(command.track(), command.details().roundNumber());
        return record(new AgendaSet(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ReachAgreement command) {
        happened(command.fact());
        rounds.checkOutcomeOf(command.track(), command.details().roundNumber(), command.fact().occurredOn());
        return record(new AgreementReached(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(AgreeToContinueContacts command) {
        happened(command.fact());
        rounds.checkOutcomeOf(command.track(), command.details().roundNumber(), command.fact().occurredOn());
        return record(new ContactsContinuationAgreed(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(MakeProposal command) {
        happened(command.fact());
        rounds.checkOutcomeOf(command.track(), command.details().roundNumber(), command.fact().occurredOn());
        return record(new ProposalMade(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(AnswerProposal command) {
        happened(command.fact());
        proposals.checkCanAnswer(command.track(), command.details().proposalId(), command.fact().occurredOn());
        return record(new ProposalAnswered(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(RaiseDispute command) {
        happened(command.fact());
        return record(new DisputeRaised(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(RaisePropertySeizure command) {
        happened(command.fact());
        return record(new PropertySeizureRaised(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(DiscussDispute command) {
        happened(command.fact());
        disputes.checkCanDiscuss(command.track(), command.details().disputeId(), command.fact().occurredOn());
        rounds.checkOutcomeOf(command.track(), command.details().roundNumber(), command.fact().occurredOn());
        return record(new DisputeDiscussed(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ResolveDispute command) {
        happened(command.fact());
        disputes.checkCanResolve(command.track(), command.details().disputeId(), command.fact().occurredOn());
        return record(new DisputeResolved(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(IssueStatement command, KnownFacts knownFacts) {
        happened(command.fact());
        var about = command.details().aboutFactId();
        if (about != null && !knownFacts.isRecorded(about)) {
            throw new HistoryConflictException("details.aboutFactId",
                    "the statement is about fact " + about + ", which has not been recorded");
        }
        return record(new StatementIssued(command.fact(), command.details(), next(), now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ExpelDiplomats command) {
        happened(command.fact());
        return record(new DiplomatsExpelled(command.fact(), command.details(), next(), now()));
    }

    @EventSourcingHandler
    void on(RoundScheduled event) {
        advance(event);
        rounds.scheduled(event.details().roundNumber(), event.fact().occurredOn());
    }

    @EventSourcingHandler
    void on(RoundHeld event) {
        advance(event);
        rounds.held(event.details().roundNumber(), event.fact().occurredOn());
    }

    @EventSourcingHandler
    void on(ProposalMade event) {
        advance(event);
        proposals.made(event.fact().id(), event.fact().occurredOn());
    }

    @EventSourcingHandler
    void on(ProposalAnswered event) {
        advance(event);
        proposals.answered(event.details().proposalId(),
                ProposalAnsweredDetails.IMPLEMENTED.equals(event.details().outcome()));
    }

    @EventSourcingHandler
    void on(DisputeRaised event) {
        advance(event);
        disputes.raised(event.fact().id(), event.fact().occurredOn());
    }

    @EventSourcingHandler
    void on(PropertySeizureRaised event) {
        advance(event);
        disputes.raised(event.fact().id(), event.fact().occurredOn());
    }

    @EventSourcingHandler
    void on(DisputeResolved event) {
        advance(event);
        disputes.resolved(event.details().disputeId());
    }

    /** The facts whose only effect on the rules is their place in the history. */
    @EventSourcingHandler
    void on(TimelineEvent event) {
        advance(event);
    }

    /** Every fact opens the track if needed and takes the next place in its history. */
    private void advance(TimelineEvent event) {
        id = event.fact().track();
        lastSequence = event.sequence();
    }

    private long next() {
        return lastSequence + 1;
    }

    private static void happened(FactHeader fact) {
        HappenedRule.check(fact.occurredOn(), now());
    }

    private static FactReceipt record(TimelineEvent event) {
        apply(event);
        return event.receipt();
    }

    /**
     * The clock Axon stamps messages with, which the test fixture controls; to the microsecond, the precision
     * databases keep, so a recorded time reads back equal wherever it is stored.
     */
    private static Instant now() {
        return GenericEventMessage.clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    protected Track() {
        // For Axon, which rebuilds a track from its events.
    }
}
