package io.diplomatictimeline.projection.corroboration;

import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sources added on the topic, read back over HTTP: every entry's corroboration, the timeline filtered by it now and as
 * of an instant, the source in the fact's history and in the change feed.
 */
class QueryingCorroborationOverHttpIT extends RunningProjectionService {

    private List<String> idsAt(String query) {
        List<String> ids = new ArrayList<>();
        get(query).getBody().get("entries").forEach(entry -> ids.add(entry.get("id").asText()));
        return ids;
    }

    @Test
    void aFactGoesFromSingleSourceToCorroboratedToContestedAndIsFilteredAsItStoodThen() {
        String track = freshTrack();
        SampleFact round = SampleFact.of(ROUND_HELD).on(track);
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(track);
        SampleChange tass = round.sourceAdded("TASS", "confirms");
        SampleChange disputed = round.sourceAdded("Example Wire", "disputes");
        for (var event : List.of(round.document(), statement.document(), tass.data(), disputed.data())) {
            publish(event);
        }
        JsonNode entry = awaitAnswer("/api/timeline/" + round.id(),
                answer -> "contested".equals(answer.at("/corroboration/level").asText()));

        assertThat(entry.get("corroboration").toString()).isEqualTo(
                "{\"sources\":3,\"publishers\":3,\"disputedBy\":[\"Example Wire\"],\"level\":\"contested\"}");
        assertThat(entry.get("version").asInt()).isEqualTo(1);
        String onTrack = "/api/timeline?track=" + track + "&corroboration=";
        String round1 = round.id().toString();
        assertThat(idsAt(onTrack + "contested")).containsExactly(round1);
        assertThat(idsAt(onTrack + "single-source")).containsExactly(statement.id().toString());
        assertThat(idsAt(onTrack + "corroborated&asOf=" + tass.recordedAt())).containsExactly(round1);
        assertThat(idsAt(onTrack + "corroborated&asOf=" + tass.recordedAt().minusMillis(1))).isEmpty();
        assertThat(idsAt(onTrack + "single-source&asOf=" + tass.recordedAt().minusMillis(1)))
                .containsExactlyInAnyOrder(round1, statement.id().toString());
        assertThat(get("/api/timeline/" + round.id() + "?asOf=" + tass.recordedAt()).getBody()
                .at("/corroboration/level").asText()).isEqualTo("corroborated");

        JsonNode versions = get("/api/timeline/" + round.id() + "/history").getBody().get("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(1).get("change").asText()).isEqualTo("source-added");
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("source").get("publisher").asText()).isEqualTo("TASS");
        assertThat(versions.get(2).get("stance").asText()).isEqualTo("disputes");
        JsonNode feed = get("/api/changes?since=" + tass.recordedAt() + "&limit=500").getBody().get("changes");
        List<String> ofTheRound = new ArrayList<>();
        feed.forEach(change -> {
            if (change.get("factId").asText().equals(round1)) {
                ofTheRound.add(change.get("change").asText() + " " + change.get("stance").asText());
            }
        });
        assertThat(ofTheRound).containsExactly("source-added confirms", "source-added disputes");
    }

    @Test
    void aLevelOfCorroborationOutsideTheThreeIsABadParameter() {
        assertBadParameter(get("/api/timeline?corroboration=confirmed"), "corroboration",
                "must be one of single-source, corroborated, contested");
    }

    @Test
    void aCursorThisServiceDidNotGiveOutIsABadParameter() {
        String track = freshTrack();
        SampleFact first = SampleFact.of(ROUND_HELD).on(track);
        SampleFact second = SampleFact.of(STATEMENT_ISSUED).on(track);
        publish(first.document());
        publish(second.document());
        String cursor = awaitAnswer("/api/timeline?limit=1&track=" + track,
                page -> page.path("nextCursor").isTextual()).get("nextCursor").asText();
        String edited = cursor.substring(0, 8) + (cursor.charAt(8) == 'A' ? 'B' : 'A') + cursor.substring(9);

        assertThat(get("/api/timeline?limit=1&track=" + track + "&cursor=" + cursor).getBody()
                .at("/entries/0/id").asText()).isEqualTo(second.id().toString());
        for (String notIssued : List.of(edited, "MjAyNS0wNC0xMHwyMDI1LTA0LTEwVDEyOjAwOjAwWnwxLTEtMS0xLTE", "x")) {
            assertBadParameter(get("/api/timeline?track=" + track + "&cursor=" + notIssued), "cursor",
                    "is not a nextCursor given by this API");
        }
    }
}
