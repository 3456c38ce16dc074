package io.diplomatictimeline.projection.changes;

import static io.diplomatictimeline.projection.ContractSamples.DISPUTE_RAISED;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The change feed over HTTP: every fact recorded, corrected and retracted, in recorded order, page by page. The facts
 * here are recorded after every other test's, so the feed from there on is theirs only.
 */
class FollowingTheChangeFeedOverHttpIT extends RunningProjectionService {

    private static final AtomicLong DAYS_USED = new AtomicLong();

    @Test
    void theFeedListsEveryChangeInRecordedOrderPageByPageWithReasonAndSourceWhereThereAreSome() {
        String track = freshTrack();
        Instant start = laterThanEveryRecordingSoFar();
        SampleFact round = recordedAt(SampleFact.of(ROUND_HELD).on(track), start.plusSeconds(1));
        SampleFact dispute = recordedAt(SampleFact.of(DISPUTE_RAISED).on(track), start.plusSeconds(2));
        SampleFact statement = recordedAt(SampleFact.of(STATEMENT_ISSUED).on(track), start.plusSeconds(3));
        SampleChange redated = round.corrected("held a day later", fact -> fact.put("occurredOn", "2025-04-11"),
                start.plusSeconds(4));
        SampleChange retraction = dispute.retracted("never raised", start.plusSeconds(5));
        publish(round.document());
        publish(dispute.document());
        publish(statement.document());
        publish(redated.data());
        publish(retraction.data());
        awaitAnswer("/api/changes?since=" + start, page -> page.path("changes").size() == 5);

        JsonNode first = get("/api/changes?limit=2&since=" + start).getBody();
        JsonNode second = get("/api/changes?limit=2&since=" + first.get("nextCursor").asText()).getBody();
        JsonNode third = get("/api/changes?limit=2&since=" + second.get("nextCursor").asText()).getBody();
        JsonNode past = get("/api/changes?limit=2&since=" + third.get("nextCursor").asText()).getBody();

        assertThat(eventIds(first)).containsExactly(round.id(), dispute.id());
        assertThat(eventIds(second)).containsExactly(statement.id(), redated.eventId());
        assertThat(eventIds(third)).containsExactly(retraction.eventId());
        assertThat(past.get("changes")).isEmpty();
        // Polling on from the end: the same place again, until something new is recorded.
        assertThat(past.get("nextCursor")).isEqualTo(third.get("nextCursor"));

        JsonNode created = first.at("/changes/0");
        assertThat(created.get("change").asText()).isEqualTo("created");
        assertThat(created.get("factId").asText()).isEqualTo(round.id().toString());
        assertThat(created.get("track").asText()).isEqualTo(track);
        assertThat(created.get("type").asText()).isEqualTo(ROUND_HELD);
        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("recordedAt").asText()).isEqualTo(start.plusSeconds(1).toString());
        assertThat(created.has("reason")).isFalse();
        assertThat(created.has("source")).isFalse();
        JsonNode corrected = second.at("/changes/1");
        assertThat(corrected.get("change").asText()).isEqualTo("corrected");
        assertThat(corrected.get("eventId").asText()).isEqualTo(redated.eventId().toString());
        assertThat(corrected.get("factId").asText()).isEqualTo(round.id().toString());
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(corrected.get("reason").asText()).isEqualTo("held a day later");
        assertThat(corrected.get("source")).isEqualTo(redated.data().get("source"));
        JsonNode retracted = third.at("/changes/0");
        assertThat(retracted.get("change").asText()).isEqualTo("retracted");
        assertThat(retracted.get("type").asText()).isEqualTo(DISPUTE_RAISED);
        assertThat(retracted.get("recordedAt").asText()).isEqualTo(start.plusSeconds(5).toString());

        // An instant includes the changes recorded at it.
        assertThat(eventIds(get("/api/changes?since=" + start.plusSeconds(3)).getBody()))
                .containsExactly(statement.id(), redated.eventId(), retraction.eventId());
    }

    @Test
    void changesRecordedAtTheSameInstantArePagedEachOnceByEventId() {
        String track = freshTrack();
        Instant start = laterThanEveryRecordingSoFar();
        List<SampleFact> facts = List.of(
                recordedAt(SampleFact.of(ROUND_HELD).on(track), start.plusSeconds(1)),
                recordedAt(SampleFact.of(DISPUTE_RAISED).on(track), start.plusSeconds(1)),
                recordedAt(SampleFact.of(STATEMENT_ISSUED).on(track), start.plusSeconds(1)));
        facts.forEach(fact -> publish(fact.document()));
        awaitAnswer("/api/changes?since=" + start, page -> page.path("changes").size() == 3);

        List<UUID> paged = new ArrayList<>();
        String since = start.toString();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = get("/api/changes?limit=1&since=" + since).getBody();
            paged.addAll(eventIds(answer));
            since = answer.get("nextCursor").asText();
        }

        assertThat(paged).containsExactlyInAnyOrderElementsOf(facts.stream().map(SampleFact::id).toList());
        assertThat(get("/api/changes?since=" + since).getBody().get("changes")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "since, yesterday, nextCursor",
            "since, 2025-04-10, ISO-8601 instant",
            "limit, 0, 500",
            "limit, 501, 500",
            "limit, fifty, 500"})
    void aSinceOrLimitThatCannotBeReadIsA400ProblemNamingIt(String parameter, String value, String rule) {
        assertBadParameter(get("/api/changes?" + parameter + "=" + value), parameter, rule);
    }

    /**
     * After every recording made before: those of the other tests are of 2025, and each test here starts a day after
     * the one before it, so the feed from there on holds the test's own changes only.
     */
    private static Instant laterThanEveryRecordingSoFar() {
        return Instant.parse("2030-01-01T00:00:00Z").plus(DAYS_USED.incrementAndGet(), ChronoUnit.DAYS);
    }

    private static SampleFact recordedAt(SampleFact fact, Instant recordedAt) {
        return fact.with(document -> document.put("recordedAt", recordedAt.toString()));
    }

    private static List<UUID> eventIds(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("changes").forEach(change -> ids.add(UUID.fromString(change.get("eventId").asText())));
        return ids;
    }
}
