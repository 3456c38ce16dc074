package io.diplomatictimeline.projection.stream;

import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

/** A reader following the timeline as it changes, over Server-Sent Events, and coming back after a disconnection. */
class FollowingTheTimelineLiveIT extends RunningProjectionService {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private MeterRegistry meters;

    @Test
    void everyChangeOfAFactReachesAnOpenStreamInOrderWithTheEntryAsTheTimelineServesIt() {
        String track = freshTrack();
        try (SseClient stream = open("track=" + track, null)) {
            SampleFact round = SampleFact.of(ROUND_HELD).on(track);
            SampleChange corrected = round.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"));
            SampleChange retracted = round.retracted("no such round");
            publish(round.document());
            publish(corrected.data());
            publish(retracted.data());

            List<SseClient.Event> events = await().atMost(CONSUMPTION_TIMEOUT)
                    .until(stream::events, received -> received.size() == 3);

            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            assertThat(events).extracting(SseClient.Event::event).containsExactly("created", "corrected", "retracted");
            assertThat(events).extracting(event -> Long.parseLong(event.id())).isSorted().doesNotHaveDuplicates();
            assertThat(events.get(0).data()).isEqualTo(entryOf(round.document()));
            assertThat(events.get(1).data().get("occurredOn").asText()).isEqualTo("2025-04-11");
            assertThat(events.get(1).data().get("version").asInt()).isEqualTo(2);
            JsonNode now = get("/api/timeline/" + round.id()).getBody();
            assertThat(events.get(2).data()).isEqualTo(now);
            assertThat(now.get("status").asText()).isEqualTo("retracted");
        }
    }

    @Test
    void aStreamTakesTheTimelinesFiltersAndHearsOfACorrectionThatTakesAnEntryOutOfThem() {
        String track = freshTrack();
        try (SseClient darchiev = open("track=" + track + "&actor=alexander-darchiev", null);
             SseClient everything = open("track=" + track, null)) {
            SampleFact other = SampleFact.of(ROUND_HELD).on(track)
                    .with(fact -> fact.putArray("actors").addObject().put("name", "Sergei Lavrov").put("country", "RU"))
                    .details(details -> details.remove("delegations"));
            SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(track);
            SampleChange renamed = statement.corrected("another speaker", fact -> {
                fact.putArray("actors");
                ((ObjectNode) fact.get("details")).putObject("speaker").put("name", "Stream Test Speaker")
                        .put("country", "RU");
            });
            assertThat(darchiev.status()).isEqualTo(200);
            assertThat(everything.status()).isEqualTo(200);
            publish(other.document());
            publish(statement.document());
            publish(renamed.data());

            await().atMost(CONSUMPTION_TIMEOUT).until(() -> everything.events().size() == 3);
            await().atMost(Duration.ofSeconds(5)).until(() -> darchiev.events().size() == 2);

            assertThat(darchiev.events()).extracting(event -> event.data().get("id").asText())
                    .containsExactly(statement.id().toString(), statement.id().toString());
            assertThat(darchiev.events()).extracting(SseClient.Event::event).containsExactly("created", "corrected");
        }
    }

    @Test
    void aClientThatComesBackWithLastEventIdGetsWhatItMissedInOrderThenWhatComes() {
        String track = freshTrack();
        SampleFact first = SampleFact.of(ROUND_HELD).on(track);
        SampleFact second = SampleFact.of(STATEMENT_ISSUED).on(track);
        String resumeFrom;
        try (SseClient stream = open("track=" + track, null)) {
            publish(first.document());
            resumeFrom = await().atMost(CONSUMPTION_TIMEOUT).until(stream::events, events -> events.size() == 1)
                    .get(0).id();
        }
        SampleChange corrected = first.corrected("re-dated", fact -> fact.put("occurredOn", "2025-04-12"));
        publish(second.document());
        publish(corrected.data());
        awaitAnswer("/api/timeline/" + first.id(), entry -> entry.path("version").asInt() == 2);

        try (SseClient resumed = open("track=" + track, resumeFrom)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> resumed.events().size() == 2);
            SampleFact third = SampleFact.of(STATEMENT_ISSUED).on(track).occurredOn("2025-05-01");
            publish(third.document());
            await().atMost(CONSUMPTION_TIMEOUT).until(() -> resumed.events().size() == 3);

            assertThat(resumed.events()).extracting(event -> event.data().get("id").asText())
                    .containsExactly(second.id().toString(), first.id().toString(), third.id().toString());
            assertThat(resumed.events()).extracting(SseClient.Event::event)
                    .containsExactly("created", "corrected", "created");
            assertThat(resumed.events()).extracting(event -> Long.parseLong(event.id())).isSorted()
                    .allMatch(id -> id > Long.parseLong(resumeFrom));
        }
    }

    @Test
    void aStreamBeyondTheInstancesLimitIsRefusedWith503AndItsPlaceIsFreeOnceAClientLeaves() {
        String track = freshTrack();
        List<SseClient> opened = new ArrayList<>();
        try {
            // Streams of other tests may not be forgotten yet: open until one is refused, at most one over the limit.
            SseClient last;
            do {
                last = open("track=" + track, null);
                opened.add(last);
            } while (last.status() == 200 && opened.size() <= MAX_STREAMS);

            assertThat(last.status()).isEqualTo(503);
            assertThat(last.contentType()).startsWith("application/problem+json");
            SseClient first = opened.get(0);
            assertThat(first.status()).isEqualTo(200);
            SampleFact round = SampleFact.of(ROUND_HELD).on(track);
            publish(round.document());
            List<SseClient.Event> events = await().atMost(CONSUMPTION_TIMEOUT)
                    .until(first::events, received -> !received.isEmpty());
            assertThat(events.get(0).data()).isEqualTo(entryOf(round.document()));
        } finally {
            opened.forEach(SseClient::close);
        }
        // The heartbeat finds the clients gone, their places are free, and a new stream is taken again.
        await().atMost(CONSUMPTION_TIMEOUT).until(() -> meters.get("projection.live.streams").gauge().value() == 0);
        try (SseClient again = open("track=" + track, null)) {
            assertThat(again.status()).isEqualTo(200);
        }
    }

    @Test
    void aMalformedOrUnknownLastEventIdIsA400ProblemNamingIt() {
        assertBadParameter(streamWith("Last-Event-ID", "yesterday"), "Last-Event-ID", "is not an event id");
        assertBadParameter(streamWith("Last-Event-ID", "-5"), "Last-Event-ID", "older than anything kept");
        assertBadParameter(streamWith("Last-Event-ID", String.valueOf(Long.MAX_VALUE)), "Last-Event-ID",
                "names no change");
    }

    @Test
    void aPageOrAPastInstantIsNotTakenByTheStream() {
        assertBadParameter(get("/api/timeline/stream?asOf=2025-04-10T12:00:00Z"), "asOf", "Last-Event-ID");
        assertBadParameter(get("/api/timeline/stream?cursor=abc"), "cursor", "not taken by the live stream");
        assertBadParameter(get("/api/timeline/stream?country=RUS"), "country", "ISO 3166-1");
    }

    @Test
    void anIdleStreamGetsHeartbeatComments() {
        try (SseClient idle = open("track=" + freshTrack(), null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> idle.comments().size() >= 2);

            assertThat(idle.comments()).first().asString().startsWith(": connected");
            assertThat(idle.events()).isEmpty();
        }
    }

    private SseClient open(String query, String lastEventId) {
        return SseClient.open(URI.create("http://127.0.0.1:" + port + "/api/timeline/stream?" + query), lastEventId);
    }

    private ResponseEntity<JsonNode> streamWith(String header, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(header, value);
        headers.set(HttpHeaders.ACCEPT, "text/event-stream");
        return http.exchange("/api/timeline/stream", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
