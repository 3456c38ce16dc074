package io.diplomatictimeline.projection.disputes;

import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_DISCUSSED;
import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_RESOLVED;
import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Disputes from the facts that raise, discuss and resolve them, as plain objects over a real H2 database. */
class FollowingDisputesTest {

    private static final String TRACK = "ru-us-embassy-talks";

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final FactProjections projections = database.projecting(DisputesReadModel.projector(database.jdbc()));
    private final Disputes disputes = DisputesReadModel.query(database.jdbc());

    @Test
    void theSeizedPropertyDisputeShowsSixPropertiesSeizedFrom2016To2018AndItsDiscussionInRoundTwo() {
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK).occurredOn("2025-02-27");
        SampleFact discussion = discussionOf(seizure).occurredOn("2025-04-10");

        applyAll(seizure, discussion);
        Dispute dispute = disputes.byId(seizure.id()).orElseThrow();

        assertThat(dispute.kind()).isEqualTo("diplomatic-property");
        assertThat(dispute.status()).isEqualTo(Dispute.OPEN);
        assertThat(dispute.raisedOn()).isEqualTo("2025-02-27");
        assertThat(dispute.raisedBy()).isEqualTo("RU");
        assertThat(dispute.against()).isEqualTo("US");
        assertThat(dispute.details().get("propertyCount").asInt()).isEqualTo(6);
        assertThat(dispute.details().get("seizedBetween").asText()).isEqualTo("2016/2018");
        assertThat(dispute.discussedIn())
                .containsExactly(new DisputeDiscussion(2, "2025-04-10", discussion.id()));
        assertThat(dispute.resolution()).isNull();
    }

    @Test
    void aResolvedDisputeShowsItsResolutionAndIsFoundByStatus() {
        SampleFact movement = SampleFact.of(DISPUTE_RAISED).on(TRACK);
        SampleFact property = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK);
        SampleFact settled = SampleFact.of(DISPUTE_RESOLVED).on(TRACK)
                .details(details -> details.put("disputeId", movement.id().toString()));

        applyAll(movement, property, settled);

        assertThat(ids(disputes.find(DisputeQuery.all().withStatus(Dispute.RESOLVED)))).containsExactly(movement.id());
        assertThat(ids(disputes.find(DisputeQuery.all().withStatus(Dispute.OPEN)))).containsExactly(property.id());
        assertThat(ids(disputes.find(DisputeQuery.all()))).containsExactly(movement.id(), property.id());
        Dispute resolved = disputes.byId(movement.id()).orElseThrow();
        assertThat(resolved.kind()).isEqualTo("diplomats-movement");
        assertThat(resolved.resolution()).isEqualTo(new DisputeResolution(settled.id(), "2025-09",
                "Notification regime for travel restored on a reciprocal basis"));
    }

    @Test
    void disputesComeInTheOrderTheyWereRaisedAndCanBeAskedForByTrack() {
        SampleFact later = SampleFact.of(DISPUTE_RAISED).on(TRACK).occurredOn("2025-04-10");
        SampleFact earlier = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK).occurredOn("2025-02-27");
        SampleFact elsewhere = SampleFact.of(DISPUTE_RAISED).on("ru-us-flights").occurredOn("2025-03");

        applyAll(later, earlier, elsewhere);

        assertThat(ids(disputes.find(DisputeQuery.all()))).containsExactly(earlier.id(), elsewhere.id(), later.id());
        assertThat(ids(disputes.find(DisputeQuery.all().onTrack(TRACK)))).containsExactly(earlier.id(), later.id());
        assertThat(disputes.byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aDisputeDiscussedInARoundIsShownToThatRound() {
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(TRACK);
        SampleFact inRoundTwo = discussionOf(seizure);
        SampleFact outsideRounds = discussionOf(seizure).details(details -> details.putNull("roundNumber"));

        applyAll(seizure, inRoundTwo, outsideRounds);

        assertThat(disputes.discussedInRounds(TRACK, AsOf.now())).containsExactly(new DisputeInRound(TRACK, 2,
                seizure.id(), "diplomatic-property", seizure.document().get("title").asText(), inRoundTwo.id(),
                "2025-04-10"));
        assertThat(disputes.byId(seizure.id()).orElseThrow().discussedIn()).hasSize(2);
    }

    @Test
    void redeliveringAnyFactOfADisputeChangesNothing() {
        SampleFact movement = SampleFact.of(DISPUTE_RAISED).on(TRACK);
        SampleFact discussion = discussionOf(movement);
        SampleFact settled = SampleFact.of(DISPUTE_RESOLVED).on(TRACK)
                .details(details -> details.put("disputeId", movement.id().toString()));
        applyAll(movement, discussion, settled);
        List<Dispute> once = disputes.find(DisputeQuery.all());

        applyAll(settled, discussion, movement);

        assertThat(disputes.find(DisputeQuery.all())).isEqualTo(once);
        assertThat(once.get(0).discussedIn()).hasSize(1);
    }

    private static SampleFact discussionOf(SampleFact dispute) {
        return SampleFact.of(DISPUTE_DISCUSSED).on(TRACK)
                .details(details -> details.put("disputeId", dispute.id().toString()));
    }

    private void applyAll(SampleFact... facts) {
        for (SampleFact fact : facts) {
            projections.apply(fact.recorded());
        }
    }

    private static List<UUID> ids(List<Dispute> disputes) {
        return disputes.stream().map(Dispute::id).toList();
    }
}
