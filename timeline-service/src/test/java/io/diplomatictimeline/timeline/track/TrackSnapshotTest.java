package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.EARLIER;
import static io.diplomatictimeline.timeline.track.Facts.NOW;
import static io.diplomatictimeline.timeline.track.Facts.TRACK;
import static io.diplomatictimeline.timeline.track.Facts.header;
import static io.diplomatictimeline.timeline.track.Facts.id;
import static io.diplomatictimeline.timeline.track.Facts.round;
import static io.diplomatictimeline.timeline.track.Facts.roundHeld;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.diplomatictimeline.timeline.corroboration.AddSource;
import io.diplomatictimeline.timeline.corroboration.SourceAdded;
import io.diplomatictimeline.timeline.corroboration.SourceReceipt;
import io.diplomatictimeline.timeline.dispute.DisputeRaised;
import io.diplomatictimeline.timeline.dispute.DisputeRaisedDetails;
import io.diplomatictimeline.timeline.dispute.DisputeResolved;
import io.diplomatictimeline.timeline.dispute.DisputeResolvedDetails;
import io.diplomatictimeline.timeline.dispute.ResolveDispute;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.json.FactJsonModule;
import io.diplomatictimeline.timeline.proposal.AnswerProposal;
import io.diplomatictimeline.timeline.proposal.ProposalAnswered;
import io.diplomatictimeline.timeline.proposal.ProposalAnsweredDetails;
import io.diplomatictimeline.timeline.proposal.ProposalMade;
import io.diplomatictimeline.timeline.proposal.ProposalMadeDetails;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.RoundScheduled;
import io.diplomatictimeline.timeline.round.RoundScheduledDetails;
import io.diplomatictimeline.timeline.round.ScheduleRound;
import io.diplomatictimeline.timeline.snapshot.SnapshotJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * A long track is loaded from a snapshot of its state, stored as JSON, plus the facts recorded after it. Whatever the
 * history, that track must decide every new fact exactly as the track rebuilt from all its facts does.
 */
class TrackSnapshotTest {

    private static final UUID FLIGHTS = id(50);
    private static final UUID VISAS = id(51);
    private static final UUID PROPERTY = id(52);
    private static final Source TASS = new Source("TASS", LocalDate.of(2025, 4, 11), "https://tass.com/1", null);
    private static final Serializer SNAPSHOTS = SnapshotJson.serializer(
            new ObjectMapper().registerModule(new FactJsonModule()).registerModule(new JavaTimeModule()),
            TrackSnapshotTest.class.getClassLoader());
    private static final AggregateModel<Track> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Track.class);

    /**
     * Rounds (held and scheduled), a proposal, an open and a resolved dispute, a source added; the snapshot is taken
     * after the seventh event.
     */
    private static final List<Object> HISTORY = List.of(
            roundHeld(1, "2025-02-27", 1),
            new ProposalMade(header(FLIGHTS, "2025-02-27"), new ProposalMadeDetails("RU", "US", "Restore direct flights", 1), 2, EARLIER),
            new DisputeRaised(header(VISAS, "2025-02-27"), new DisputeRaisedDetails("visas", "RU", "US"), 3, EARLIER),
            new DisputeRaised(header(PROPERTY, "2025-02-27"), new DisputeRaisedDetails("diplomatic-property", "RU", "US"), 4, EARLIER),
            roundHeld(2, "2025-04-10", 5),
            new RoundScheduled(header(id(60), "2025-06"), new RoundScheduledDetails(3, null, null), 6, EARLIER),
            new SourceAdded(id(63), PROPERTY, TRACK, "dispute-raised", 1, 7, EARLIER, TASS, "confirms"),
            new DisputeResolved(header(id(61), "2025-04-10"), new DisputeResolvedDetails(VISAS, "Visas issued"), 8, EARLIER),
            new ProposalAnswered(header(id(62), "2025-04-10"), new ProposalAnsweredDetails(FLIGHTS, "deferred", "US"), 9, EARLIER));
    private static final int SNAPSHOT_AFTER = 7;

    @Test
    void aRoundNumberHeldBeforeTheSnapshotIsStillHeldOnce() {
        decidesAlike(track -> track.when(new HoldRound(header(id(70), "2025-04-11"), round(2)))
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 2 was already held on track " + TRACK + " (2025-04-10)"));
    }

    @Test
    void roundsKeepTheirOrderAcrossTheSnapshot() {
        decidesAlike(track -> track.when(new HoldRound(header(id(70), "2025-03-15"), round(3)))
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 3 (2025-03-15) cannot be dated before round 2 (2025-04-10)"));
        decidesAlike(track -> track.when(new ScheduleRound(header(id(70), "2025-05"), new RoundScheduledDetails(4, null, null)))
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("round 4 (2025-05) cannot be dated before round 3 (2025-06)"));
    }

    @Test
    void theScheduledRoundIsHeldAsTheNextFact() {
        decidesAlike(track -> track.when(new HoldRound(header(id(70), "2025-04-11"), round(3)))
                .expectEvents(new RoundHeld(header(id(70), "2025-04-11"), round(3), HISTORY.size() + 1, NOW)));
    }

    @Test
    void disputesResolvedAfterTheSnapshotStayResolvedAndOpenOnesCanBeResolved() {
        decidesAlike(track -> track.when(new ResolveDispute(header(id(70), "2025-04-11"), new DisputeResolvedDetails(VISAS, "again")))
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("dispute " + VISAS + " is resolved and cannot be resolved again"));
        decidesAlike(track -> track.when(new ResolveDispute(header(id(70), "2025-04-11"), new DisputeResolvedDetails(PROPERTY, "returned")))
                .expectEvents(new DisputeResolved(header(id(70), "2025-04-11"), new DisputeResolvedDetails(PROPERTY, "returned"), HISTORY.size() + 1, NOW)));
    }

    @Test
    void aProposalMadeBeforeTheSnapshotCanBeAnsweredButNotBeforeItWasMade() {
        decidesAlike(track -> track.when(new AnswerProposal(header(id(70), "2025-04-11"), new ProposalAnsweredDetails(FLIGHTS, "accepted", "US")))
                .expectEvents(new ProposalAnswered(header(id(70), "2025-04-11"), new ProposalAnsweredDetails(FLIGHTS, "accepted", "US"), HISTORY.size() + 1, NOW)));
        decidesAlike(track -> track.when(new AnswerProposal(header(id(70), "2025-01"), new ProposalAnsweredDetails(FLIGHTS, "accepted", "US")))
                .expectException(HistoryConflictException.class)
                .expectExceptionMessage("an answer (2025-01) cannot predate its proposal (2025-02-27)"));
    }

    @Test
    void aSourceAddedBeforeTheSnapshotIsStillAddedOnce() {
        decidesAlike(track -> track.when(new AddSource(id(71), PROPERTY, TRACK, "dispute-raised", TASS, "confirms"))
                .expectNoEvents()
                .expectResultMessagePayload(new SourceReceipt(PROPERTY, TRACK, "dispute-raised", 1, id(63), 7, EARLIER)));
    }

    @Test
    void theSnapshotIsTheStateAndNothingMore() {
        String json = new String(snapshotOf(HISTORY.subList(0, SNAPSHOT_AFTER)).getData());

        assertThat(json).contains("\"lastSequence\":7", "\"2025-06\"", VISAS.toString())
                .doesNotContain("Restore direct flights", "A fact on the embassy track");
    }

    /** The same expectations hold for the track rebuilt from every fact and for the one loaded from a snapshot. */
    private static void decidesAlike(Consumer<TestExecutor<Track>> expectations) {
        FixtureConfiguration<Track> fromHistory = Facts.fixture();
        expectations.accept(fromHistory.given(HISTORY).andGivenCurrentTime(NOW));

        Track fromSnapshot = loadedFromSnapshot(snapshotOf(HISTORY.subList(0, SNAPSHOT_AFTER)),
                HISTORY.subList(SNAPSHOT_AFTER, HISTORY.size()));
        FixtureConfiguration<Track> snapshotted = Facts.fixture();
        expectations.accept(snapshotted.givenState(() -> fromSnapshot).andGivenCurrentTime(NOW));
    }

    private static SerializedObject<byte[]> snapshotOf(List<Object> facts) {
        return SNAPSHOTS.serialize(replay(null, facts, 0), byte[].class);
    }

    /** What Axon's repository does: the snapshot's state as the aggregate root, then the facts after it applied. */
    private static Track loadedFromSnapshot(SerializedObject<byte[]> snapshot, List<Object> tail) {
        Track restored = SNAPSHOTS.deserialize(snapshot);
        return replay(restored, tail, SNAPSHOT_AFTER);
    }

    private static Track replay(Track start, List<Object> facts, long firstSequence) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("Track", TRACK, firstSequence + i, facts.get(i)));
        }
        Track root = start != null ? start
                : new GenericAggregateFactory<>(Track.class).createAggregateRoot(TRACK, messages.get(0));
        EventSourcedAggregate<Track> aggregate = EventSourcedAggregate.initialize(root, MODEL, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(messages));
        return aggregate.getAggregateRoot();
    }
}
