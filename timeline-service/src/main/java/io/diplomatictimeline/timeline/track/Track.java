package io.diplomatictimeline.timeline.track;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.diplomatictimeline.timeline.agreement.AgreeToContinueContacts;
import io.diplomatictimeline.timeline.agreement.AgreementReached;
import io.diplomatictimeline.timeline.agreement.ContactsContinuationAgreed;
import io.diplomatictimeline.timeline.agreement.ReachAgreement;
import io.diplomatictimeline.timeline.correction.CorrectFact;
import io.diplomatictimeline.timeline.corroboration.AddSource;
import io.diplomatictimeline.timeline.corroboration.SourceAdded;
import io.diplomatictimeline.timeline.corroboration.SourceReceipt;
import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.correction.FactRetracted;
import io.diplomatictimeline.timeline.correction.NothingChangedException;
import io.diplomatictimeline.timeline.correction.RetractFact;
import io.diplomatictimeline.timeline.correction.RevisionReceipt;
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
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.fact.KnownFacts;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import io.diplomatictimeline.timeline.proposal.AnswerProposal;
import io.diplomatictimeline.timeline.proposal.MakeProposal;
import io.diplomatictimeline.timeline.proposal.ProposalAnswered;
import io.diplomatictimeline.timeline.proposal.ProposalMade;
import io.diplomatictimeline.timeline.round.AgendaSet;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.RoundScheduled;
import io.diplomatictimeline.timeline.round.ScheduleRound;
import io.diplomatictimeline.timeline.round.SetAgenda;
import io.diplomatictimeline.timeline.seizure.PropertySeized;
import io.diplomatictimeline.timeline.seizure.SeizeProperty;
import io.diplomatictimeline.timeline.statement.IssueStatement;
import io.diplomatictimeline.timeline.statement.StatementIssued;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
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
 * opens it. A new fact is checked against the rules of its type ({@link TrackHistory#check}), then recorded; a
 * correction is checked by the same rules against the history without the fact's earlier version; a retraction
 * takes the fact's part out of the history; a source added to a fact leaves its content and version as they are.
 * State holds only what the rules read (rounds, proposals, disputes, the versions of facts that were ever changed,
 * and the sources added to facts), so it stays small however long the history grows.
 * <p>
 * A long track is loaded from a snapshot of this state plus the facts after it (see the snapshot package): every
 * field is stored as it is. Raise the revision whenever the fields, or what the event sourcing handlers make of a
 * fact, change: snapshots of another revision are then ignored and the state is rebuilt from the facts.
 */
@Aggregate(snapshotTriggerDefinition = "trackSnapshotTrigger", snapshotFilter = "trackSnapshotFilter",
        cache = "trackCache")
@Revision("2")
public class Track {

    @AggregateIdentifier
    private String id;
    private long lastSequence;
    private final TrackHistory history = new TrackHistory();
    private final Revisions revisions = new Revisions();
    private final AddedSources sources = new AddedSources();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ScheduleRound command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, RoundScheduled::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(HoldRound command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, RoundHeld::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(SetAgenda command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, AgendaSet::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ReachAgreement command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, AgreementReached::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(AgreeToContinueContacts command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, ContactsContinuationAgreed::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(MakeProposal command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, ProposalMade::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(AnswerProposal command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, ProposalAnswered::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(RaiseDispute command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, DisputeRaised::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(RaisePropertySeizure command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, PropertySeizureRaised::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(DiscussDispute command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, DisputeDiscussed::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ResolveDispute command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, DisputeResolved::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(IssueStatement command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, StatementIssued::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(ExpelDiplomats command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, DiplomatsExpelled::new);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(SeizeProperty command, KnownFacts knownFacts) {
        return record(command.fact(), command.details(), knownFacts, PropertySeized::new);
    }

    /**
     * A correction: refused for a retracted fact, for a fact changed since it was read, and when it changes
     * nothing; else the corrected fact must obey every rule of its type, as if it were recorded now in place of
     * its earlier version.
     */
    @CommandHandler
    public RevisionReceipt handle(CorrectFact command, KnownFacts knownFacts) {
        UUID factId = command.factId();
        revisions.checkCanChange(factId, command.expectedVersion());
        RecordedFact current = command.current();
        RecordedFact corrected = command.corrected();
        checkSameFact(current, corrected);
        if (corrected.equals(current)) {
            throw new NothingChangedException("the correction leaves fact " + factId + " as it reads at version "
                    + command.expectedVersion() + "; it changes nothing");
        }
        Instant now = now();
        history.without(factId).check(corrected.header(), corrected.details(), knownFacts, now);
        FactCorrected event = new FactCorrected(command.changeId(), factId, id, current.type(),
                revisions.versionOf(factId) + 1, next(), now, command.reason(), command.source(), command.changes(),
                corrected);
        apply(event);
        return event.receipt();
    }

    /** A retraction: refused only for a fact already retracted. */
    @CommandHandler
    public RevisionReceipt handle(RetractFact command) {
        UUID factId = command.factId();
        revisions.checkCanChange(factId, null);
        FactRetracted event = new FactRetracted(command.changeId(), factId, id, command.factType(),
                revisions.versionOf(factId) + 1, next(), now(), command.reason(), command.source());
        apply(event);
        return event.receipt();
    }

    /**
     * A source added to a fact: refused for a retracted fact; the same source again (same publisher, URL and date)
     * is answered as the first time and adds nothing, unless it now says something else (409).
     */
    @CommandHandler
    public SourceReceipt handle(AddSource command) {
        UUID factId = command.factId();
        revisions.checkStands(factId, "takes no more sources");
        Optional<SourceAdded> earlier = sources.earlier(command);
        if (earlier.isPresent()) {
            return earlier.get().receipt();
        }
        SourceAdded event = new SourceAdded(command.changeId(), factId, id, command.factType(),
                revisions.versionOf(factId), next(), now(), command.source(), command.stance());
        apply(event);
        return event.receipt();
    }

    @EventSourcingHandler
    void on(TimelineEvent event) {
        advance(event);
        history.add(event.fact(), event.details(), event.sequence());
    }

    @EventSourcingHandler
    void on(FactCorrected event) {
        advance(event);
        history.withdraw(event.factId());
        history.add(event.fact().header(), event.fact().details(), event.fact().sequence());
        revisions.corrected(event.factId(), event.version());
    }

    @EventSourcingHandler
    void on(FactRetracted event) {
        advance(event);
        history.withdraw(event.factId());
        revisions.retracted(event.factId(), event.version());
        sources.forget(event.factId());
    }

    @EventSourcingHandler
    void on(SourceAdded event) {
        advance(event);
        sources.added(event);
    }

    /** Every event opens the track if needed and takes the next place in its history. */
    private void advance(TrackEvent event) {
        id = event.track();
        lastSequence = event.sequence();
    }

    private long next() {
        return lastSequence + 1;
    }

    /** How each type's event is made from its command's parts: its record's constructor. */
    @FunctionalInterface
    private interface NewFact<D extends FactDetails> {
        TimelineEvent of(FactHeader fact, D details, long sequence, Instant recordedAt);
    }

    private <D extends FactDetails> FactReceipt record(FactHeader fact, D details, KnownFacts knownFacts,
                                                       NewFact<D> newFact) {
        Instant now = now();
        history.check(fact, details, knownFacts, now);
        TimelineEvent event = newFact.of(fact, details, next(), now);
        apply(event);
        return event.receipt();
    }

    /** A correction never changes which fact it is, its type or its track; the HTTP layer refuses such patches. */
    private static void checkSameFact(RecordedFact current, RecordedFact corrected) {
        if (!corrected.id().equals(current.id()) || !corrected.type().equals(current.type())
                || !corrected.header().track().equals(current.header().track())
                || corrected.sequence() != current.sequence() || !corrected.recordedAt().equals(current.recordedAt())) {
            throw new IllegalArgumentException("a correction of fact " + current.id()
                    + " must keep its id, type, track and first recording");
        }
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
