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
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Corrections and retractions across both services: recorded by timeline-service, carried by Kafka, and read back
 * from projection-service as current knowledge, as of an earlier instant, as a fact's history and as the change feed.
 */
@Order(3)
class TimeTravelIT {

    private static final String SOURCE = """
            {"publisher": "TASS", "publishedOn": "2025-04-11"}""";

    private final SystemStack stack = SystemStack.get().brokerUp();

    @Test
    void aCorrectedAndARetractedFactReadAsTheyDidAtEveryInstant() {
        String track = Facts.newTrack();
        Instant before = Instant.now();
        UUID firstRound = UUID.randomUUID();
        UUID secondRound = UUID.randomUUID();
        UUID dispute = UUID.randomUUID();
        assertThat(post("/api/events", Facts.roundHeld(firstRound, track, 1, "2025-02-27")).status()).isEqualTo(201);
        assertThat(post("/api/events", Facts.roundHeld(secondRound, track, 2, "2025-04-10")).status()).isEqualTo(201);
        Api.Answer raised = post("/api/events", Facts.disputeRaised(dispute, track));
        assertThat(raised.status()).isEqualTo(201);
        Instant beforeAnyChange = Instant.parse(raised.body().get("recordedAt").asText());

        Api.Answer corrected = post("/api/events/" + secondRound + "/corrections", """
                {"changes": {"occurredOn": "2025-04-11", "details": {"durationHours": 5}},
                 "reason": "held a day later than first reported", "source": %s}""".formatted(SOURCE));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.body().get("version").asInt()).isEqualTo(2);
        Api.Answer outOfOrder = post("/api/events/" + secondRound + "/corrections", """
                {"changes": {"occurredOn": "2025-01-15"}, "reason": "misdated", "source": %s}""".formatted(SOURCE));
        assertThat(outOfOrder.status()).as("round 2 re-dated before round 1").isEqualTo(409);
        Api.Answer retracted = post("/api/events/" + dispute + "/retraction", """
                {"reason": "the dispute was never raised at the talks", "source": %s}""".formatted(SOURCE));
        assertThat(retracted.status()).isEqualTo(201);
        assertThat(post("/api/events/" + dispute + "/retraction", """
                {"reason": "again", "source": %s}""".formatted(SOURCE)).status()).isEqualTo(409);

        // Now: the correction applied, the retracted dispute gone, unless asked for.
        JsonNode now = await("the changes on the timeline").atMost(Duration.ofMinutes(1))
                .until(() -> timeline("track=" + track), entries -> entries.size() == 2
                        && entries.get(1).get("version").asInt() == 2);
        assertThat(ids(now)).containsExactly(firstRound.toString(), secondRound.toString());
        assertThat(now.get(1).get("occurredOn").asText()).isEqualTo("2025-04-11");
        assertThat(now.get(1).get("details").get("durationHours").asInt()).isEqualTo(5);
        JsonNode withRetracted = timeline("track=" + track + "&includeRetracted=true");
        JsonNode retractedEntry = entry(withRetracted, dispute);
        assertThat(retractedEntry.get("status").asText()).isEqualTo("retracted");
        assertThat(retractedEntry.get("retraction").get("reason").asText())
                .isEqualTo("the dispute was never raised at the talks");

        // As of the instant before the first change: the round on its first date, the dispute open.
        String then = "&asOf=" + encode(beforeAnyChange.toString());
        JsonNode asOf = timeline("track=" + track + then);
        assertThat(ids(asOf)).containsExactlyInAnyOrder(firstRound.toString(), secondRound.toString(), dispute.toString());
        assertThat(entry(asOf, secondRound).get("occurredOn").asText()).isEqualTo("2025-04-10");
        assertThat(entry(asOf, secondRound).get("version").asInt()).isEqualTo(1);
        assertThat(get("/api/timeline/" + secondRound + "?" + then.substring(1)).body().get("occurredOn").asText())
                .isEqualTo("2025-04-10");
        assertThat(get("/api/timeline?track=" + track + "&asOf=" + encode(before.minusSeconds(60).toString()))
                .body().get("entries")).isEmpty();
        assertThat(round(2, track, then).get("heldOn").asText()).isEqualTo("2025-04-10");
        assertThat(round(2, track, "").get("heldOn").asText()).isEqualTo("2025-04-11");
        assertThat(get("/api/disputes?track=" + track + then).body().get("disputes")).hasSize(1);
        assertThat(get("/api/disputes?track=" + track).body().get("disputes")).isEmpty();

        // The corrected round's history, and the change feed in recorded order.
        JsonNode versions = get("/api/timeline/" + secondRound + "/history").body().get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("change").asText()).isEqualTo("created");
        assertThat(versions.get(1).get("change").asText()).isEqualTo("corrected");
        assertThat(versions.get(1).get("reason").asText()).isEqualTo("held a day later than first reported");
        assertThat(versions.get(1).get("source").get("publisher").asText()).isEqualTo("TASS");
        assertThat(versions.get(1).get("recordedAt").asText()).isEqualTo(corrected.body().get("recordedAt").asText());
        assertThat(changesOf(track, before)).containsExactly(
                "created " + firstRound, "created " + secondRound, "created " + dispute,
                "corrected " + secondRound, "retracted " + dispute);
    }

    /** Pages through the whole feed from an instant, with a small page so that paging is exercised. */
    private List<String> changesOf(String track, Instant since) {
        List<String> changes = new ArrayList<>();
        String cursor = encode(since.toString());
        while (true) {
            JsonNode page = get("/api/changes?limit=2&since=" + cursor).body();
            page.get("changes").forEach(change -> {
                if (change.get("track").asText().equals(track)) {
                    changes.add(change.get("change").asText() + " " + change.get("factId").asText());
                }
            });
            if (page.get("changes").size() < 2) {
                return changes;
            }
            cursor = encode(page.get("nextCursor").asText());
        }
    }

    private JsonNode round(int number, String track, String asOf) {
        Api.Answer answer = get("/api/rounds/" + track + "/" + number + (asOf.isEmpty() ? "" : "?" + asOf.substring(1)));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode timeline(String query) {
        Api.Answer answer = get("/api/timeline?" + query);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("entries");
    }

    private static JsonNode entry(JsonNode entries, UUID id) {
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(entry -> entry.get("id").asText().equals(id.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no entry " + id + " in " + entries));
    }

    private static List<String> ids(JsonNode entries) {
        return StreamSupport.stream(entries.spliterator(), false).map(entry -> entry.get("id").asText()).toList();
    }

    private Api.Answer post(String path, String json) {
        return Api.post(stack.timeline().uri(path), json);
    }

    private Api.Answer get(String path) {
        return get(stack.projection(), path);
    }

    private static Api.Answer get(ServiceProcess service, String path) {
        return Api.get(service.uri(path));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
