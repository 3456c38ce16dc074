package io.diplomatictimeline.projection;

import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.disputes.Dispute;
import io.diplomatictimeline.projection.disputes.DisputeQuery;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.Change;
import io.diplomatictimeline.projection.readmodel.ChangeRefusedException;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import io.diplomatictimeline.projection.rounds.Round;
import io.diplomatictimeline.projection.timeline.FactHistory;
import io.diplomatictimeline.projection.timeline.TimelineDigest;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Corrections and retractions through every read model, as plain objects over one H2 database: the current answers
 * change, and the answers as of any earlier instant stay exactly what they were.
 */
class CorrectingAndRetractingFactsTest {

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final EveryReadModel readModels = new EveryReadModel(database);
    private final List<SampleFact> story = TheStory.facts();

    @Test
    void aCorrectionShowsInEveryReadModelFromItsRecordingOnAndTheEarlierKnowledgeStaysAsItWas() {
        story.forEach(readModels::apply);
        SampleFact round = fact(ROUND_HELD);
        SampleChange correction = round.corrected("held a day later, in the host's embassy", fact -> {
            fact.put("occurredOn", "2025-04-11");
            fact.put("title", "Second round, re-dated");
            fact.withArray("actors").removeAll();
            ((ObjectNode) fact.get("details")).put("hostCountry", "US").remove("delegations");
        });
        AsOf justBefore = AsOf.at(correction.recordedAt().minusNanos(1000));
        JsonNode seenJustBefore = readModels.whatReadersSee(justBefore);

        assertThat(readModels.apply(correction)).isTrue();

        JsonNode entry = readModels.entry(round.id(), AsOf.now()).orElseThrow();
        assertThat(entry.get("version").asInt()).isEqualTo(2);
        assertThat(entry.get("status").asText()).isEqualTo("current");
        assertThat(entry.get("occurredOn").asText()).isEqualTo("2025-04-11");
        assertThat(entry.get("recordedAt").asText()).isEqualTo(correction.recordedAt().toString());
        assertThat(entry.get("firstRecordedAt").asText()).isEqualTo(round.document().get("recordedAt").asText());
        Round second = readModels.rounds().find(TheStory.TRACK, 2).orElseThrow();
        assertThat(second.heldOn()).isEqualTo("2025-04-11");
        assertThat(second.hostCountry()).isEqualTo("US");
        assertThat(second.delegations()).isEmpty();
        assertThat(readModels.actors().byId("alexander-darchiev").orElseThrow().appearances())
                .noneMatch(appearance -> appearance.factId().equals(round.id()));
        assertThat(readModels.whatReadersSee(justBefore)).isEqualTo(seenJustBefore);
        Round asItWas = readModels.rounds().find(TheStory.TRACK, 2, justBefore).orElseThrow();
        assertThat(asItWas.heldOn()).isEqualTo("2025-04-10");
        assertThat(readModels.entry(round.id(), justBefore).orElseThrow().get("version").asInt()).isEqualTo(1);
        // The instant of the correction itself already knows it.
        assertThat(readModels.entry(round.id(), AsOf.at(correction.recordedAt())).orElseThrow()
                .get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aRetractedFactLeavesEveryReadModelButTheTimelineKeepsItAsRetractedWithTheReason() {
        story.forEach(readModels::apply);
        SampleFact seizure = fact(PROPERTY_SEIZURE_RAISED);
        SampleChange retraction = seizure.retracted("the seizure was never raised at the talks");
        AsOf justBefore = AsOf.at(retraction.recordedAt().minusSeconds(1));
        JsonNode seenJustBefore = readModels.whatReadersSee(justBefore);

        readModels.apply(retraction);

        assertThat(TimelineReadModel.json(readModels.timeline(TimelineQuery.everything().limit(500))))
                .noneMatch(entry -> entry.get("id").asText().equals(seizure.id().toString()));
        JsonNode retracted = TimelineReadModel.json(
                        readModels.timeline(TimelineQuery.everything().limit(500).includingRetracted(true)))
                .stream().filter(entry -> entry.get("id").asText().equals(seizure.id().toString()))
                .findFirst().orElseThrow();
        assertThat(retracted.get("status").asText()).isEqualTo("retracted");
        assertThat(retracted.get("version").asInt()).isEqualTo(2);
        assertThat(retracted.get("title")).isEqualTo(seizure.document().get("title"));
        assertThat(retracted.at("/retraction/reason").asText()).isEqualTo("the seizure was never raised at the talks");
        assertThat(retracted.at("/retraction/source/publisher").asText()).isEqualTo("TASS");
        assertThat(retracted.at("/retraction/recordedAt").asText()).isEqualTo(retraction.recordedAt().toString());
        assertThat(readModels.entry(seizure.id(), AsOf.now())).contains(retracted);
        assertThat(readModels.disputes().byId(seizure.id())).isEmpty();
        assertThat(readModels.disputes().find(DisputeQuery.all())).extracting(Dispute::id)
                .doesNotContain(seizure.id());
        assertThat(readModels.whatReadersSee(justBefore)).isEqualTo(seenJustBefore);
        assertThat(readModels.disputes().byId(seizure.id(), justBefore)).isPresent();
    }

    @Test
    void theHistoryOfAFactTellsEveryVersionWithItsReasonAndSourceAndTheFactAsItRead() {
        SampleFact dispute = fact(DISPUTE_RAISED);
        readModels.apply(dispute);
        SampleChange correction = dispute.corrected("raised by the other side", fact -> fact.put("title", "Raised"));
        SampleChange retraction = dispute.retracted("no such dispute");
        readModels.apply(correction);
        readModels.apply(retraction);

        FactHistory history = readModels.history(dispute.id()).orElseThrow();

        assertThat(history.status()).isEqualTo("retracted");
        assertThat(history.type()).isEqualTo(DISPUTE_RAISED);
        assertThat(history.versions()).extracting(FactHistory.Version::version, FactHistory.Version::change,
                        FactHistory.Version::eventId, FactHistory.Version::recordedAt, FactHistory.Version::reason)
                .containsExactly(
                        tuple(1, Change.CREATED, dispute.id(),
                                Instant.parse(dispute.document().get("recordedAt").asText()), null),
                        tuple(2, Change.CORRECTED, correction.eventId(),
                                correction.recordedAt(), "raised by the other side"),
                        tuple(3, Change.RETRACTED, retraction.eventId(),
                                retraction.recordedAt(), "no such dispute"));
        assertThat(history.versions().get(0).fact()).isEqualTo(dispute.document());
        assertThat(history.versions().get(1).fact()).isEqualTo(correction.data().get("fact"));
        assertThat(history.versions().get(1).changes()).isEqualTo(correction.data().get("changes"));
        assertThat(history.versions().get(1).source()).isEqualTo(correction.data().get("source"));
        assertThat(history.versions().get(2).fact()).isEqualTo(correction.data().get("fact"));
        assertThat(readModels.history(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aChangeThatDoesNotFollowWhatIsKnownOfItsFactIsRefusedAndChangesNothing() {
        SampleFact round = fact(ROUND_HELD);
        SampleChange ofAnUnknownFact = round.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04-11"));
        assertThatThrownBy(() -> readModels.apply(ofAnUnknownFact))
                .isInstanceOfSatisfying(ChangeRefusedException.class, e -> assertThat(e.unknownFact()).isTrue());
        assertThat(readModels.appliedCount()).isZero();

        readModels.apply(round);
        SampleChange retraction = round.retracted("withdrawn");
        readModels.apply(retraction);
        SampleChange afterTheRetraction = round.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04-12"));
        assertThatThrownBy(() -> readModels.apply(afterTheRetraction))
                .isInstanceOfSatisfying(ChangeRefusedException.class, e -> {
                    assertThat(e.unknownFact()).isFalse();
                    assertThat(e).hasMessageContaining("retracted");
                });
        assertThat(readModels.appliedCount()).isEqualTo(2);
        // Redelivered, the retraction changes nothing, and is refused nothing either.
        assertThat(readModels.apply(retraction)).isFalse();
    }

    @Test
    void aVersionAlreadyPassedIsRefused() {
        SampleFact round = fact(ROUND_HELD);
        readModels.apply(round);
        SampleChange second = round.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange third = round.corrected("re-dated again", fact -> fact.put("occurredOn", "2025-04-12"));
        readModels.apply(third);

        assertThatThrownBy(() -> readModels.apply(second))
                .isInstanceOfSatisfying(ChangeRefusedException.class,
                        e -> assertThat(e).hasMessageContaining("version 3 already"));
    }

    @Test
    void theDigestHasALinePerEventAppliedEachItsEventIdAndItsDataAsReceived() {
        SampleFact round = fact(ROUND_HELD);
        SampleChange correction = round.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange retraction = round.retracted("withdrawn");
        readModels.apply(round);
        readModels.apply(correction);
        readModels.apply(retraction);
        readModels.apply(correction);

        TimelineDigest expected = new TimelineDigest();
        expected.add(round.id(), round.document().toString());
        expected.add(correction.eventId(), correction.data().toString());
        expected.add(retraction.eventId(), retraction.data().toString());
        assertThat(TimelineReadModel.digest(database.dataSource())).isEqualTo(expected.result());
        assertThat(expected.result().facts()).isEqualTo(3);
    }

    private SampleFact fact(String type) {
        return story.get(ContractSamples.ALL.indexOf(type));
    }
}
