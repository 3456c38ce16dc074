package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.agreement.AgreeToContinueContacts;
import io.diplomatictimeline.timeline.agreement.AgreementReached;
import io.diplomatictimeline.timeline.agreement.AgreementReachedDetails;
import io.diplomatictimeline.timeline.agreement.ContactsContinuationAgreed;
import io.diplomatictimeline.timeline.agreement.ContactsContinuationDetails;
import io.diplomatictimeline.timeline.agreement.ReachAgreement;
import io.diplomatictimeline.timeline.dispute.DiscussDispute;
import io.diplomatictimeline.timeline.dispute.DisputeDiscussed;
import io.diplomatictimeline.timeline.dispute.DisputeDiscussedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeRaised;
import io.diplomatictimeline.timeline.dispute.DisputeRaisedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeResolved;
import io.diplomatictimeline.timeline.dispute.DisputeResolvedDetails;
import io.diplomatictimeline.timeline.dispute.PropertySeizureDetails;
import io.diplomatictimeline.timeline.dispute.PropertySeizureRaised;
import io.diplomatictimeline.timeline.dispute.RaiseDispute;
import io.diplomatictimeline.timeline.dispute.RaisePropertySeizure;
import io.diplomatictimeline.timeline.dispute.ResolveDispute;
import io.diplomatictimeline.timeline.expulsion.DiplomatsExpelled;
import io.diplomatictimeline.timeline.expulsion.DiplomatsExpelledDetails;
import io.diplomatictimeline.timeline.expulsion.ExpelDiplomats;
import io.diplomatictimeline.timeline.proposal.AnswerProposal;
import io.diplomatictimeline.timeline.proposal.MakeProposal;
import io.diplomatictimeline.timeline.proposal.ProposalAnswered;
import io.diplomatictimeline.timeline.proposal.ProposalAnsweredDetails;
import io.diplomatictimeline.timeline.proposal.ProposalMade;
import io.diplomatictimeline.timeline.proposal.ProposalMadeDetails;
import io.diplomatictimeline.timeline.round.AgendaSet;
import io.diplomatictimeline.timeline.round.AgendaSetDetails;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.RoundHeldDetails;
import io.diplomatictimeline.timeline.round.RoundScheduled;
import io.diplomatictimeline.timeline.round.RoundScheduledDetails;
import io.diplomatictimeline.timeline.round.ScheduleRound;
import io.diplomatictimeline.timeline.round.SetAgenda;
import io.diplomatictimeline.timeline.seizure.PropertySeized;
import io.diplomatictimeline.timeline.seizure.PropertySeizedDetails;
import io.diplomatictimeline.timeline.seizure.SeizeProperty;
import io.diplomatictimeline.timeline.statement.IssueStatement;
import io.diplomatictimeline.timeline.statement.StatementIssued;
import io.diplomatictimeline.timeline.statement.StatementIssuedDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every type a fact can have, by its name in the vocabulary: the shape of its details, the command that records it
 * and the event that records it. Adding a type is adding a line here.
 */
final class FactVocabulary {

    private static final Map<String, FactKind<?>> KINDS = Stream.<FactKind<?>>of(
                    new FactKind<>(RoundScheduled.TYPE, RoundScheduledDetails.class, ScheduleRound::new,
                            RoundScheduled::new),
                    new FactKind<>(RoundHeld.TYPE, RoundHeldDetails.class, HoldRound::new, RoundHeld::new),
                    new FactKind<>(AgendaSet.TYPE, AgendaSetDetails.class, SetAgenda::new, AgendaSet::new),
                    new FactKind<>(AgreementReached.TYPE, AgreementReachedDetails.class, ReachAgreement::new,
                            AgreementReached::new),
                    new FactKind<>(ProposalMade.TYPE, ProposalMadeDetails.class, MakeProposal::new, ProposalMade::new),
                    new FactKind<>(ProposalAnswered.TYPE, ProposalAnsweredDetails.class, AnswerProposal::new,
                            ProposalAnswered::new),
                    new FactKind<>(DisputeRaised.TYPE, DisputeRaisedDetails.class, RaiseDispute::new,
                            DisputeRaised::new),
                    new FactKind<>(PropertySeizureRaised.TYPE, PropertySeizureDetails.class, RaisePropertySeizure::new,
                            PropertySeizureRaised::new),
                    new FactKind<>(DisputeDiscussed.TYPE, DisputeDiscussedDetails.class, DiscussDispute::new,
                            DisputeDiscussed::new),
                    new FactKind<>(DisputeResolved.TYPE, DisputeResolvedDetails.class, ResolveDispute::new,
                            DisputeResolved::new),
                    new FactKind<>(StatementIssued.TYPE, StatementIssuedDetails.class, IssueStatement::new,
                            StatementIssued::new),
                    new FactKind<>(DiplomatsExpelled.TYPE, DiplomatsExpelledDetails.class, ExpelDiplomats::new,
                            DiplomatsExpelled::new),
                    new FactKind<>(ContactsContinuationAgreed.TYPE, ContactsContinuationDetails.class,
                            AgreeToContinueContacts::new, ContactsContinuationAgreed::new),
                    new FactKind<>(PropertySeized.TYPE, PropertySeizedDetails.class, SeizeProperty::new,
                            PropertySeized::new))
            .collect(Collectors.toMap(FactKind::type, kind -> kind, (a, b) -> a, LinkedHashMap::new));

    static Optional<FactKind<?>> kind(String type) {
        return Optional.ofNullable(KINDS.get(type));
    }

    static Set<String> types() {
        return KINDS.keySet();
    }

    private FactVocabulary() {
    }
}
