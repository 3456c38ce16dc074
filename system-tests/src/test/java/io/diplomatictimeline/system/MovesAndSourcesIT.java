package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Responses and corroboration across both services: five moves on two tracks, expulsions and property closures
 * answered in kind, recorded by timeline-service and read back from projection-service as a chain and a ledger; a
 * move whose corroboration goes from one source to corroborated to contested; each as it stood before and after every
 * step.
 */
@Order(3)
class MovesAndSourcesIT {

    private final SystemStack stack = SystemStack.get().brokerUp();
    private final String expulsions = Facts.newTrack();
    private final String property = Facts.newTrack();

    @Test
    void aChainOfFiveMovesItsLedgerAndAMovesCorroborationReadAsTheyStoodAfterEveryStep() {
        List<Move> moves = new ArrayList<>();
        Move usExpels = record(moves, expulsions, "diplomats-expelled", "2016-12-29",
                "The US expels 35 Russian diplomats", "\"expelledBy\": \"US\", \"diplomatsOf\": \"RU\", \"count\": 35",
                null, null);
        Move compounds = record(moves, property, "property-seized", "2016-12-29", "The US closes two Russian compounds",
                "\"seizedBy\": \"US\", \"propertyOf\": \"RU\", \"propertyCount\": 2", usExpels, "follows-up");
        Move staffCut = record(moves, expulsions, "diplomats-expelled", "2017-07-30",
                "Russia cuts the US missions' staff by 755",
                "\"expelledBy\": \"RU\", \"diplomatsOf\": \"US\", \"count\": 755", usExpels, "retaliates");
        Move dacha = record(moves, property, "property-seized", "2017-08-01", "Russia takes over two US properties",
                "\"seizedBy\": \"RU\", \"propertyOf\": \"US\", \"propertyCount\": 2", compounds, "reciprocates");
        Move consulate = record(moves, property, "property-seized", "2017-08-31",
                "The US closes a Russian consulate and two annexes",
                "\"seizedBy\": \"US\", \"propertyOf\": \"RU\", \"propertyCount\": 3", staffCut, "retaliates");
        assertThat(Api.post(stack.timeline().uri("/api/events"), body(UUID.randomUUID(), expulsions,
                "diplomats-expelled", "2016-12-28", "Answered before it happened",
                "\"expelledBy\": \"RU\", \"diplomatsOf\": \"US\"", consulate, "retaliates")).body()
                .at("/errors/0/field").asText()).isEqualTo("respondsTo[0].id");

        // The chain of the first move, as it stood after each move was recorded.
        JsonNode chain = await("the five moves in the chain").atMost(Duration.ofMinutes(1))
                .until(() -> get("/api/chains/" + usExpels.id()), found -> found.path("steps").size() == 5);
        assertThat(ids(chain.get("steps"))).containsExactly(usExpels.id(), compounds.id(), staffCut.id(), dacha.id(),
                consulate.id());
        assertThat(chain.at("/steps/4/answers/0/relation").asText()).isEqualTo("retaliates");
        assertThat(chain.at("/steps/4/answers/0/days").asInt()).isEqualTo(32);
        for (int step = 0; step < moves.size(); step++) {
            JsonNode then = get("/api/chains/" + usExpels.id() + "?asOf=" + encode(moves.get(step).recordedAt()));
            assertThat(ids(then.get("steps"))).as("after move %d", step + 1)
                    .containsExactlyElementsOf(moves.subList(0, step + 1).stream().map(Move::id).toList());
        }
        assertThat(get("/api/chains/" + consulate.id()).get("steps")).hasSize(3);

        // The ledger of each track: answers count wherever they were recorded.
        JsonNode ledger = get("/api/reciprocity?countries=US,RU&track=" + expulsions);
        assertThat(ledger.at("/sides/0/moves").asInt()).isEqualTo(1);
        assertThat(ledger.at("/sides/0/answered").asInt()).isEqualTo(1);
        assertThat(ledger.at("/sides/0/medianDaysToResponse").asDouble()).isEqualTo(213.0);
        assertThat(ledger.at("/sides/0/quantities/diplomatsExpelled").asInt()).isEqualTo(35);
        assertThat(ledger.at("/sides/1/answered").asInt()).as("the staff cut, answered on the property track")
                .isEqualTo(1);
        assertThat(ledger.at("/answered/1/answers/0/id").asText()).isEqualTo(consulate.id());
        JsonNode propertyLedger = get("/api/reciprocity?countries=US,RU&track=" + property);
        assertThat(propertyLedger.at("/sides/0/moves").asInt()).isEqualTo(2);
        assertThat(propertyLedger.at("/sides/0/quantities/propertiesSeized").asInt()).isEqualTo(5);
        assertThat(ids(propertyLedger.get("unanswered"), "id")).containsExactly(dacha.id(), consulate.id());
        JsonNode beforeTheCut = get("/api/reciprocity?countries=US,RU&track=" + expulsions + "&asOf="
                + encode(compounds.recordedAt()));
        assertThat(beforeTheCut.at("/sides/0/answered").asInt()).isZero();
        assertThat(beforeTheCut.at("/sides/1/moves").asInt()).isZero();

        // The staff cut's corroboration: TASS alone, then confirmed by Interfax, then disputed by the State Department.
        Instant alone = staffCut.recordedAt();
        Instant confirmed = addSource(staffCut, "Interfax", "confirms");
        assertThat(addSource(staffCut, "Interfax", "confirms")).as("the same source again").isEqualTo(confirmed);
        Instant disputed = addSource(staffCut, "US Department of State", "disputes");
        JsonNode entry = await("the contested move").atMost(Duration.ofMinutes(1))
                .until(() -> get("/api/timeline/" + staffCut.id()),
                        found -> "contested".equals(found.at("/corroboration/level").asText()));
        assertThat(entry.at("/corroboration/sources").asInt()).isEqualTo(3);
        assertThat(entry.at("/corroboration/disputedBy/0").asText()).isEqualTo("US Department of State");
        assertThat(entry.get("version").asInt()).isEqualTo(1);
        assertThat(levelAsOf(staffCut, alone)).isEqualTo("single-source");
        assertThat(levelAsOf(staffCut, confirmed.minusNanos(1000))).isEqualTo("single-source");
        assertThat(levelAsOf(staffCut, confirmed)).isEqualTo("corroborated");
        assertThat(levelAsOf(staffCut, disputed.minusNanos(1000))).isEqualTo("corroborated");
        assertThat(levelAsOf(staffCut, disputed)).isEqualTo("contested");
        String onTrack = "/api/timeline?track=" + expulsions + "&corroboration=";
        assertThat(ids(get(onTrack + "corroborated&asOf=" + encode(confirmed)).get("entries"), "id"))
                .containsExactly(staffCut.id());
        assertThat(ids(get(onTrack + "corroborated").get("entries"), "id")).isEmpty();
        assertThat(ids(get(onTrack + "contested").get("entries"), "id")).containsExactly(staffCut.id());

        JsonNode versions = get("/api/timeline/" + staffCut.id() + "/history").get("versions");
        assertThat(versions.findValuesAsText("change")).containsExactly("created", "source-added", "source-added");
        assertThat(versions.get(2).get("stance").asText()).isEqualTo("disputes");
        JsonNode feed = get("/api/changes?limit=500&since=" + encode(confirmed)).get("changes");
        assertThat(feed.findValuesAsText("change")).contains("source-added");
    }

    /** A move recorded, with the time it was recorded. */
    private record Move(String id, Instant recordedAt) {
    }

    private Move record(List<Move> moves, String track, String type, String occurredOn, String title, String details,
                        Move answered, String relation) {
        UUID id = UUID.randomUUID();
        Api.Answer answer = Api.post(stack.timeline().uri("/api/events"),
                body(id, track, type, occurredOn, title, details, answered, relation));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        Move move = new Move(id.toString(), Instant.parse(answer.body().get("recordedAt").asText()));
        moves.add(move);
        return move;
    }

    private static String body(UUID id, String track, String type, String occurredOn, String title, String details,
                               Move answered, String relation) {
        String respondsTo = answered == null ? ""
                : ", \"respondsTo\": [{\"id\": \"%s\", \"relation\": \"%s\"}]".formatted(answered.id(), relation);
        return """
                {"id": "%s", "type": "%s", "track": "%s", "occurredOn": "%s", "title": "%s",
                 "sources": [{"publisher": "TASS", "publishedOn": "%s"}], "details": {%s}%s}
                """.formatted(id, type, track, occurredOn, title, occurredOn, details, respondsTo);
    }

    /** Adds a source to the move; returns when it was recorded. */
    private Instant addSource(Move move, String publisher, String stance) {
        Api.Answer answer = Api.post(stack.timeline().uri("/api/events/" + move.id() + "/sources"), """
                {"publisher": "%s", "publishedOn": "2017-07-31", "stance": "%s"}""".formatted(publisher, stance));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return Instant.parse(answer.body().get("recordedAt").asText());
    }

    private String levelAsOf(Move move, Instant asOf) {
        return get("/api/timeline/" + move.id() + "?asOf=" + encode(asOf)).at("/corroboration/level").asText();
    }

    private JsonNode get(String pathAndQuery) {
        return Api.get(stack.projection().uri(pathAndQuery)).body();
    }

    private static List<String> ids(JsonNode steps) {
        return ids(steps, "id");
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.has(field) ? item.get(field).asText() : item.at("/move/id").asText()));
        return ids;
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
