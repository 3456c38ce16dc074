package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.diplomatictimeline.projection.ContractSamples;
import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The digest timeline-service must reproduce byte for byte: the golden value below was computed apart from this code
 * (Python: json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False), then the formula of
 * {@link TimelineDigest}) over the contract samples and three more round-held facts whose ids sit at both ends and
 * in the middle of the id range.
 */
class DigestingTheTimelineTest {

    private static final String GOLDEN_DIGEST = "96a14fe940a2d43c9a123029b4c118af81b1d1733b60fe1555fa08844866a9da";
    private static final List<String> EDGE_IDS = List.of("ffffffff-ffff-4fff-bfff-ffffffffffff",
            "80000000-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000001");

    @Test
    void aDocumentIsDigestedWithItsKeysSortedAtEveryLevelAndNoWhitespace() {
        String document = "{ \"b\": 1, \"a\": {\"d\": [{\"y\": 1, \"x\": \"Россия–США\"}], \"c\": null} }";

        assertThat(new String(TimelineDigest.canonical(document), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":{\"c\":null,\"d\":[{\"x\":\"Россия–США\",\"y\":1}]},\"b\":1}");
    }

    @Test
    void theDigestOfTheSamplesIsTheOneComputedApart() {
        ReadModelDatabase database = ReadModelDatabase.fresh();
        new EveryReadModel(database).applyAll(samplesAndEdges().toArray(SampleFact[]::new));

        TimelineDigest.Digest digest = TimelineReadModel.digest(database.dataSource());

        assertThat(digest.facts()).isEqualTo(ContractSamples.ALL.size() + EDGE_IDS.size());
        assertThat(digest.digest()).isEqualTo(GOLDEN_DIGEST);
    }

    @Test
    void theSameFactsInAnotherOrderHaveTheSameDigest() {
        List<SampleFact> facts = samplesAndEdges();
        List<SampleFact> reversed = new ArrayList<>(samplesAndEdges());
        Collections.reverse(reversed);
        ReadModelDatabase inOrder = ReadModelDatabase.fresh();
        ReadModelDatabase inReverse = ReadModelDatabase.fresh();

        new EveryReadModel(inOrder).applyAll(facts.toArray(SampleFact[]::new));
        new EveryReadModel(inReverse).applyAll(reversed.toArray(SampleFact[]::new));

        assertThat(TimelineReadModel.digest(inReverse.dataSource()))
                .isEqualTo(TimelineReadModel.digest(inOrder.dataSource()));
    }

    @Test
    void oneChangedFieldChangesTheDigest() {
        ReadModelDatabase original = ReadModelDatabase.fresh();
        ReadModelDatabase changed = ReadModelDatabase.fresh();
        new EveryReadModel(original).applyAll(samplesAndEdges().toArray(SampleFact[]::new));
        List<SampleFact> facts = samplesAndEdges();
        facts.get(0).title(facts.get(0).document().get("title").asText() + ".");
        new EveryReadModel(changed).applyAll(facts.toArray(SampleFact[]::new));

        assertThat(TimelineReadModel.digest(changed.dataSource()).digest())
                .isNotEqualTo(TimelineReadModel.digest(original.dataSource()).digest());
    }

    @Test
    void anEmptyTimelineIsTheDigestOfNothing() {
        TimelineDigest.Digest digest = TimelineReadModel.digest(ReadModelDatabase.fresh().dataSource());

        assertThat(digest.facts()).isZero();
        assertThat(digest.digest()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void factsOutOfIdOrderAreRefusedRatherThanDigestedWrongly() {
        TimelineDigest digest = new TimelineDigest();
        digest.add(UUID.fromString(EDGE_IDS.get(1)), "{}");

        assertThatThrownBy(() -> digest.add(UUID.fromString(EDGE_IDS.get(2)), "{}"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** The contract samples with their own ids, then round-held again under each edge id. */
    private static List<SampleFact> samplesAndEdges() {
        List<SampleFact> facts = new ArrayList<>();
        for (String type : ContractSamples.ALL) {
            facts.add(SampleFact.of(type).with(document -> document.setAll(ContractSamples.sample(type))));
        }
        for (String id : EDGE_IDS) {
            facts.add(SampleFact.of(ContractSamples.ROUND_HELD)
                    .with(document -> document.setAll(ContractSamples.roundHeld().put("id", id))));
        }
        return facts;
    }
}
