package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The digest timeline-service must reproduce byte for byte. The golden value below was computed apart from this code
 * (Python: json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False), then the formula of
 * {@link TimelineDigest}); timeline-service's FactDigestTest checks the same value.
 */
class DigestingTheTimelineTest {

    private static final UUID ROUND = UUID.fromString("3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a01");
    private static final UUID SEIZURE = UUID.fromString("3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a02");
    private static final String ROUND_JSON = "{\"id\":\"3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a01\",\"type\":\"round-held\","
            + "\"details\":{\"roundNumber\":1,\"durationHours\":{\"min\":6}},\"title\":\"Россия–США\"}";
    private static final String SEIZURE_JSON =
            "{\"id\":\"3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a02\",\"type\":\"property-seizure-raised\"}";
    private static final String GOLDEN_DIGEST = "94b8d3a21d1975ab8a9e22f3b125de04e4d7a7d3b047f5a94619528cf02565be";

    @Test
    void aDocumentIsDigestedWithItsKeysSortedAtEveryLevelAndNoWhitespace() {
        String document = "{ \"b\": 1, \"a\": {\"d\": [{\"y\": 1, \"x\": \"Россия–США\"}], \"c\": null} }";

        assertThat(new String(TimelineDigest.canonical(document), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":{\"c\":null,\"d\":[{\"x\":\"Россия–США\",\"y\":1}]},\"b\":1}");
    }

    @Test
    void theDigestOfTwoFactsIsTheOneComputedApart() {
        TimelineDigest digest = new TimelineDigest();
        digest.add(SEIZURE, SEIZURE_JSON);
        digest.add(ROUND, ROUND_JSON);

        assertThat(digest.result()).isEqualTo(new TimelineDigest.Digest(2, GOLDEN_DIGEST));
    }

    @Test
    void theDigestOfTheSamplesCountsEachFactOnce() {
        ReadModelDatabase database = ReadModelDatabase.fresh();
        new EveryReadModel(database).applyAll(samples().toArray(SampleFact[]::new));
        new EveryReadModel(database).applyAll(samples().toArray(SampleFact[]::new));

        assertThat(TimelineReadModel.digest(database.dataSource()).facts()).isEqualTo(ContractSamples.ALL.size());
    }

    @Test
    void theSameFactsInAnotherOrderHaveTheSameDigest() {
        List<SampleFact> facts = samples();
        List<SampleFact> reversed = samples();
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
        TimelineDigest original = new TimelineDigest();
        TimelineDigest changed = new TimelineDigest();
        original.add(ROUND, ROUND_JSON);
        changed.add(ROUND, ROUND_JSON.replace("\"min\":6", "\"min\":5"));

        assertThat(changed.result().digest()).isNotEqualTo(original.result().digest());
    }

    @Test
    void anEmptyTimelineIsTheDigestOfNothing() {
        TimelineDigest.Digest digest = TimelineReadModel.digest(ReadModelDatabase.fresh().dataSource());

        assertThat(digest.facts()).isZero();
        assertThat(digest.digest()).isEqualTo("0".repeat(64));
    }

    private static List<SampleFact> samples() {
        List<SampleFact> facts = new ArrayList<>();
        for (String type : ContractSamples.ALL) {
            facts.add(SampleFact.of(type).with(document -> document.setAll(ContractSamples.sample(type))));
        }
        return facts;
    }
}
