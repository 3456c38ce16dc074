package io.diplomatictimeline.projection.corroboration;

import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.Change;
import io.diplomatictimeline.projection.timeline.FactHistory;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A fact's corroboration grows with its sources: one publisher, then a second that confirms it, then one that disputes
 * it; each entry carries it, the timeline is filtered by it, and as of any instant both read as they did then.
 */
class CorroboratingFactsTest {

    private static final String TRACK = "ru-us-embassy-talks";

    private final EveryReadModel readModels = new EveryReadModel();
    /** Reported by IANS alone. */
    private final SampleFact round = SampleFact.of(ROUND_HELD).on(TRACK);
    private final SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(TRACK);

    private JsonNode corroboration(UUID id, AsOf asOf) {
        return readModels.entry(id, asOf).orElseThrow().get("corroboration");
    }

    private List<UUID> idsAt(String level, AsOf asOf) {
        return TimelineReadModel.json(readModels.timeline(TimelineQuery.everything().onTrack(TRACK).asOf(asOf)
                        .corroborated(level))).stream()
                .map(entry -> UUID.fromString(entry.get("id").asText())).toList();
    }

    @Test
    void aFactMovesFromSingleSourceToCorroboratedToContestedAndReadsAsItStoodAtEveryInstant() {
        readModels.applyAll(round, statement);
        Instant recorded = round.recorded().recordedAt();
        SampleChange tass = round.sourceAdded("TASS", "confirms");
        SampleChange disputed = round.sourceAdded("Example Wire", "disputes");

        assertThat(corroboration(round.id(), AsOf.now()).toString())
                .isEqualTo("{\"sources\":1,\"publishers\":1,\"disputedBy\":[],\"level\":\"single-source\"}");
        readModels.apply(tass);
        assertThat(corroboration(round.id(), AsOf.now()).toString())
                .isEqualTo("{\"sources\":2,\"publishers\":2,\"disputedBy\":[],\"level\":\"corroborated\"}");
        readModels.apply(disputed);
        assertThat(corroboration(round.id(), AsOf.now()).toString()).isEqualTo(
                "{\"sources\":3,\"publishers\":3,\"disputedBy\":[\"Example Wire\"],\"level\":\"contested\"}");

        AsOf beforeTass = AsOf.at(tass.recordedAt().minusNanos(1000));
        AsOf atTass = AsOf.at(tass.recordedAt());
        AsOf atDispute = AsOf.at(disputed.recordedAt());
        assertThat(corroboration(round.id(), AsOf.at(recorded)).get("level").asText()).isEqualTo("single-source");
        assertThat(corroboration(round.id(), beforeTass).get("level").asText()).isEqualTo("single-source");
        assertThat(corroboration(round.id(), atTass).get("level").asText()).isEqualTo("corroborated");
        assertThat(corroboration(round.id(), atDispute).get("level").asText()).isEqualTo("contested");
        // The entry itself stays at its version: a source is no new version of the fact.
        assertThat(readModels.entry(round.id(), AsOf.now()).orElseThrow().get("version").asInt()).isEqualTo(1);

        assertThat(idsAt("single-source", beforeTass)).containsExactlyInAnyOrder(round.id(), statement.id());
        assertThat(idsAt("corroborated", beforeTass)).isEmpty();
        assertThat(idsAt("corroborated", atTass)).containsExactly(round.id());
        assertThat(idsAt("single-source", atTass)).containsExactly(statement.id());
        assertThat(idsAt("contested", atTass)).isEmpty();
        assertThat(idsAt("contested", AsOf.now())).containsExactly(round.id());
        assertThat(idsAt("corroborated", AsOf.now())).isEmpty();
    }

    @Test
    void theSameSourceAsOneOfTheFactsOwnCountsOnceAndItsStanceIsTheLatest() {
        readModels.apply(round);

        // The round's own source is IANS of 2025-04-10, without a URL: the same source, now disputing it.
        SampleChange same = round.sourceAdded("IANS", "disputes");
        ((ObjectNode) same.data().get("source")).putNull("url");
        readModels.apply(same);

        JsonNode corroboration = corroboration(round.id(), AsOf.now());
        assertThat(corroboration.get("sources").asInt()).isEqualTo(1);
        assertThat(corroboration.get("publishers").asInt()).isEqualTo(1);
        assertThat(corroboration.get("level").asText()).isEqualTo("contested");
    }

    @Test
    void aCorrectionOfTheFactsOwnSourcesKeepsTheSourcesAddedBefore() {
        readModels.apply(round);
        readModels.apply(round.sourceAdded("TASS", "confirms"));

        readModels.apply(round.corrected("a third outlet carried it", fact -> fact.withArray("sources").addObject()
                .put("publisher", "Interfax").put("publishedOn", "2025-04-10")));

        JsonNode corroboration = corroboration(round.id(), AsOf.now());
        assertThat(corroboration.get("sources").asInt()).isEqualTo(3);
        assertThat(corroboration.get("publishers").asInt()).isEqualTo(3);
        assertThat(corroboration.get("level").asText()).isEqualTo("corroborated");
    }

    @Test
    void aRetractedEntryKeepsTheCorroborationItHad() {
        readModels.apply(round);
        readModels.apply(round.sourceAdded("TASS", "confirms"));

        readModels.apply(round.retracted("no such round"));

        JsonNode retracted = readModels.entry(round.id(), AsOf.now()).orElseThrow();
        assertThat(retracted.get("status").asText()).isEqualTo("retracted");
        assertThat(retracted.get("corroboration").get("level").asText()).isEqualTo("corroborated");
        assertThat(idsAt("corroborated", AsOf.now())).isEmpty();
    }

    @Test
    void anAddedSourceIsInTheFactsHistoryAndTheChangeFeedAndIsTakenInOnce() {
        readModels.apply(round);
        SampleChange tass = round.sourceAdded("TASS", "confirms");

        assertThat(readModels.apply(tass)).isTrue();
        assertThat(readModels.apply(tass)).isFalse();

        FactHistory history = readModels.history(round.id()).orElseThrow();
        assertThat(history.versions()).extracting(FactHistory.Version::change)
                .containsExactly(Change.CREATED, Change.SOURCE_ADDED);
        FactHistory.Version added = history.versions().get(1);
        assertThat(added.version()).isEqualTo(1);
        assertThat(added.stance()).isEqualTo("confirms");
        assertThat(added.source().get("publisher").asText()).isEqualTo("TASS");
        assertThat(added.fact()).isEqualTo(history.versions().get(0).fact());
        assertThat(history.status()).isEqualTo("current");
        assertThat(readModels.changeLog().inRecordedOrder(null, null, 10))
                .extracting(change -> change.change().label() + " " + change.stance())
                .containsExactly("created null", "source-added confirms");
        assertThat(corroboration(round.id(), AsOf.now()).get("sources").asInt()).isEqualTo(2);
    }
}
