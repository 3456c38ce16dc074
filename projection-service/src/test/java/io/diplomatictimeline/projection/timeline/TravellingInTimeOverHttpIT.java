package io.diplomatictimeline.projection.timeline;

import static io.diplomatictimeline.projection.ContractSamples.PROPERTY_SEIZURE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Facts corrected and retracted on the topic, read back over HTTP: the timeline as it reads now, with retracted
 * entries or without, as it read at any earlier instant, one entry then and now, and a fact's whole history.
 */
class TravellingInTimeOverHttpIT extends RunningProjectionService {

    @Test
    void theTimelineShowsCorrectionsAppliedAndRetractionsLeftOutNowAndAsItReadAtEveryEarlierInstant() {
        String track = freshTrack();
        SampleFact first = SampleFact.of(ROUND_HELD).on(track).occurredOn("2025-02-27")
                .details(details -> details.put("roundNumber", 1));
        SampleFact second = SampleFact.of(ROUND_HELD).on(track);
        SampleFact seizure = SampleFact.of(PROPERTY_SEIZURE_RAISED).on(track).occurredOn("2025-02-27");
        SampleChange redated = second.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange retraction = seizure.retracted("not raised at these talks");
        for (ObjectNode event : List.of(first.document(), second.document(), seizure.document(), redated.data(),
                retraction.data())) {
            publish(event);
        }
        awaitAnswer("/api/timeline/" + seizure.id(), entry -> "retracted".equals(entry.path("status").asText()));
        String onTrack = "/api/timeline?track=" + track;

        List<JsonNode> now = entries(onTrack);
        assertThat(ids(now)).containsExactly(first.id(), second.id());
        JsonNode corrected = now.get(1);
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(corrected.get("status").asText()).isEqualTo("current");
        assertThat(corrected.get("occurredOn").asText()).isEqualTo("2025-04-11");
        assertThat(corrected.get("recordedAt").asText()).isEqualTo(redated.recordedAt().toString());
        assertThat(corrected.get("firstRecordedAt")).isEqualTo(second.document().get("recordedAt"));
        assertThat(now.get(0)).isEqualTo(entryOf(first.document()));

        List<JsonNode> withRetracted = entries(onTrack + "&includeRetracted=true");
        assertThat(ids(withRetracted)).containsExactly(first.id(), seizure.id(), second.id());
        JsonNode retracted = withRetracted.get(1);
        assertThat(retracted.get("status").asText()).isEqualTo("retracted");
        assertThat(retracted.get("version").asInt()).isEqualTo(2);
        assertThat(retracted.get("title")).isEqualTo(seizure.document().get("title"));
        assertThat(retracted.at("/retraction/reason").asText()).isEqualTo("not raised at these talks");
        assertThat(retracted.at("/retraction/source/publisher").asText()).isEqualTo("TASS");
        assertThat(retracted.at("/retraction/recordedAt").asText()).isEqualTo(retraction.recordedAt().toString());

        Instant beforeTheCorrection = redated.recordedAt().minusMillis(1);
        Instant beforeTheSeizure = recordedAt(seizure).minusNanos(1000);
        assertThat(entries(onTrack + "&asOf=" + beforeTheCorrection)).containsExactly(entryOf(first.document()),
                entryOf(seizure.document()), entryOf(second.document()));
        assertThat(entries(onTrack + "&asOf=" + beforeTheSeizure)).containsExactly(entryOf(first.document()),
                entryOf(second.document()));
        assertThat(entries(onTrack + "&asOf=" + redated.recordedAt())).containsExactly(entryOf(first.document()),
                entryOf(seizure.document()), corrected);
        assertThat(entries(onTrack + "&asOf=" + recordedAt(first).minusSeconds(1))).isEmpty();

        assertThat(get("/api/timeline/" + second.id()).getBody()).isEqualTo(corrected);
        assertThat(get("/api/timeline/" + second.id() + "?asOf=" + beforeTheCorrection).getBody())
                .isEqualTo(entryOf(second.document()));
        assertThat(get("/api/timeline/" + seizure.id()).getBody()).isEqualTo(retracted);
        assertNotFound(get("/api/timeline/" + seizure.id() + "?asOf=" + beforeTheSeizure));
    }

    @Test
    void theHistoryOfAFactListsEveryVersionWithItsReasonSourceAndTheFactAsItRead() {
        String track = freshTrack();
        SampleFact round = SampleFact.of(ROUND_HELD).on(track);
        SampleChange redated = round.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange retraction = round.retracted("no such round");
        publish(round.document());
        publish(redated.data());
        publish(retraction.data());

        JsonNode history = awaitAnswer("/api/timeline/" + round.id() + "/history",
                answer -> answer.path("versions").size() == 3);

        assertThat(history.get("id").asText()).isEqualTo(round.id().toString());
        assertThat(history.get("track").asText()).isEqualTo(track);
        assertThat(history.get("type").asText()).isEqualTo(ROUND_HELD);
        assertThat(history.get("status").asText()).isEqualTo("retracted");
        JsonNode versions = history.get("versions");
        assertThat(versions).extracting(version -> version.get("version").asInt()).containsExactly(1, 2, 3);
        assertThat(versions).extracting(version -> version.get("change").asText())
                .containsExactly("created", "corrected", "retracted");
        assertThat(versions).extracting(version -> version.get("recordedAt").asText()).containsExactly(
                round.document().get("recordedAt").asText(), redated.recordedAt().toString(),
                retraction.recordedAt().toString());
        assertThat(versions).extracting(version -> version.get("reason").asText(null))
                .containsExactly(null, "held a day later", "no such round");
        assertThat(versions.get(0).get("source").isNull()).isTrue();
        assertThat(versions.get(1).get("source")).isEqualTo(redated.data().get("source"));
        assertThat(versions.get(1).get("eventId").asText()).isEqualTo(redated.eventId().toString());
        assertThat(versions.get(1).get("changes")).isEqualTo(redated.data().get("changes"));
        assertThat(versions.get(0).get("fact")).isEqualTo(round.document());
        assertThat(versions.get(1).get("fact")).isEqualTo(redated.data().get("fact"));
        assertThat(versions.get(2).get("fact")).isEqualTo(redated.data().get("fact"));
        assertNotFound(get("/api/timeline/" + UUID.randomUUID() + "/history"));
    }

    @Test
    void theDigestHasALineForEveryCorrectionAndRetractionAsForEveryFact() {
        String track = freshTrack();
        SampleFact round = SampleFact.of(ROUND_HELD).on(track);
        publish(round.document());
        awaitOnTimeline(round.document());
        JsonNode before = get("/api/timeline/digest").getBody();
        SampleChange redated = round.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange retraction = round.retracted("no such round");
        TimelineDigest changes = new TimelineDigest();
        changes.add(redated.eventId(), redated.data().toString());
        changes.add(retraction.eventId(), retraction.data().toString());
        String expected = String.format("%064x", new BigInteger(before.get("digest").asText(), 16)
                .add(new BigInteger(changes.result().digest(), 16)).mod(BigInteger.ONE.shiftLeft(256)));

        publish(redated.data());
        publish(retraction.data());

        await().atMost(CONSUMPTION_TIMEOUT).untilAsserted(() -> {
            JsonNode after = get("/api/timeline/digest").getBody();
            assertThat(after.get("facts").asLong()).isEqualTo(before.get("facts").asLong() + 2);
            assertThat(after.get("digest").asText()).isEqualTo(expected);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/timeline", "/api/timeline/7f0c5c9e-5d0e-4a53-9a55-0d6f3f4f7a10", "/api/rounds",
            "/api/rounds/ru-us-embassy-talks/2", "/api/disputes", "/api/disputes/7f0c5c9e-5d0e-4a53-9a55-0d6f3f4f7a10",
            "/api/proposals", "/api/proposals/7f0c5c9e-5d0e-4a53-9a55-0d6f3f4f7a10", "/api/statements",
            "/api/actors", "/api/actors/alexander-darchiev"})
    void anAsOfThatIsNoInstantIsA400ProblemNamingAsOf(String path) {
        assertBadParameter(get(path + "?asOf=2025-04-10"), "asOf", "ISO-8601 instant");
        assertBadParameter(get(path + "?asOf=yesterday"), "asOf", "ISO-8601 instant");
    }

    @Test
    void anAsOfWithAnOffsetIsTheInstantItNames() {
        String track = freshTrack();
        SampleFact round = SampleFact.of(ROUND_HELD).on(track);
        publish(round.document());
        awaitOnTimeline(round.document());
        OffsetDateTime inIstanbul = recordedAt(round).atOffset(ZoneOffset.ofHours(3));

        // A + in a query string is a space: sent as %2B, in a URI used as it is.
        ResponseEntity<JsonNode> then = http.getForEntity(URI.create(http.getRootUri() + "/api/timeline?track="
                + track + "&asOf=" + inIstanbul.toString().replace("+", "%2B")), JsonNode.class);
        ResponseEntity<JsonNode> justBefore = http.getForEntity(URI.create(http.getRootUri() + "/api/timeline?track="
                + track + "&asOf=" + inIstanbul.minusNanos(1000).toString().replace("+", "%2B")), JsonNode.class);

        assertThat(then.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(then.getBody().get("entries")).containsExactly(entryOf(round.document()));
        assertThat(justBefore.getBody().get("entries")).isEmpty();
    }

    @Test
    void includeRetractedOtherThanTrueOrFalseIsA400ProblemNamingIt() {
        assertBadParameter(get("/api/timeline?includeRetracted=yes"), "includeRetracted", "true or false");
    }

    private List<JsonNode> entries(String pathAndQuery) {
        return StreamSupport.stream(get(pathAndQuery).getBody().get("entries").spliterator(), false).toList();
    }

    private static List<UUID> ids(List<JsonNode> entries) {
        return entries.stream().map(entry -> UUID.fromString(entry.get("id").asText())).toList();
    }

    private static Instant recordedAt(SampleFact fact) {
        return Instant.parse(fact.document().get("recordedAt").asText());
    }
}
