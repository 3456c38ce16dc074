package io.diplomatictimeline.timeline.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.timeline.Concurrently;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TestTokens;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.recording.FactBodies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Idempotency-Key header (IETF httpapi idempotency-key draft), for writes whose body names no id. */
@TimelineServiceTest
class IdempotencyKeyIT {

    private final Http http;
    @Autowired
    private DataSource database;

    IdempotencyKeyIT(@LocalServerPort int port) {
        this.http = new Http(port);
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredAsTheFirstTimeAndRecordsNothingNew() {
        String key = UUID.randomUUID().toString();
        String track = FactBodies.newTrack();

        Http.Answer first = postWithKey(key, withoutId(track, 1));
        Http.Answer retry = postWithKey(key, withoutId(track, 1));
        Http.Answer next = http.post("/api/events").json(withoutId(track, 2));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(next.json().get("sequence").asLong()).as("the retry recorded no second fact").isEqualTo(2);
    }

    @Test
    void theKeyMayBeSentAsAStructuredFieldString() {
        String key = UUID.randomUUID().toString();
        String track = FactBodies.newTrack();

        Http.Answer bare = postWithKey(key, withoutId(track, 1));
        Http.Answer quoted = postWithKey("\"" + key + "\"", withoutId(track, 1));

        assertThat(quoted.status()).isEqualTo(201);
        assertThat(quoted.json()).isEqualTo(bare.json());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndRecordsNothing() {
        String key = UUID.randomUUID().toString();
        String track = FactBodies.newTrack();
        Http.Answer first = postWithKey(key, withoutId(track, 1));

        Http.Answer other = postWithKey(key, withoutId(track, 2));
        Http.Answer next = http.post("/api/events").json(withoutId(track, 2));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.errorFields()).containsExactly("Idempotency-Key");
        assertThat(other.errorMessages().get(0)).contains("different request body");
        assertThat(http.get(first.header("Location").orElseThrow()).json().get("details").get("roundNumber").asInt())
                .isEqualTo(1);
        assertThat(next.json().get("sequence").asLong()).as("the refused body recorded nothing").isEqualTo(2);
    }

    /**
     * To hold the first request in flight, the test takes the database lock its fact's receipt needs (an
     * uncommitted receipt row for the fact id the key stands for), as a slow write would. The duplicate is
     * refused meanwhile; once the lock goes, the first request completes.
     */
    @Test
    void aDuplicateWhileTheFirstIsStillInFlightIsRefusedWith409() throws Exception {
        String key = UUID.randomUUID().toString();
        String track = FactBodies.newTrack();
        UUID factId = IdempotencyKey.parse(key).factIdFor(TestTokens.WRITER_CLIENT);
        CompletableFuture<Http.Answer> first;
        Http.Answer duplicate;
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            holdReceiptOf(lock, factId);
            first = CompletableFuture.supplyAsync(() -> postWithKey(key, withoutId(track, 1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> isClaimed(key));

            duplicate = postWithKey(key, withoutId(track, 1));
            lock.rollback();
        }

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).isEqualTo("application/problem+json");
        assertThat(duplicate.errorFields()).containsExactly("Idempotency-Key");
        assertThat(duplicate.errorMessages().get(0)).contains("still being processed");
        assertThat(duplicate.header("Retry-After")).isPresent();
        assertThat(first.get().status()).isEqualTo(201);
        assertThat(postWithKey(key, withoutId(track, 1)).json()).isEqualTo(first.get().json());
    }

    @Test
    void fiftyConcurrentRetriesOfOneKeyRecordOneFact() {
        String key = UUID.randomUUID().toString();
        String track = FactBodies.newTrack();

        List<Http.Answer> answers = Concurrently.run(50, i -> postWithKey(key, withoutId(track, 1)));
        Http.Answer next = http.post("/api/events").json(withoutId(track, 2));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(201, 409));
        List<Http.Answer> accepted = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(accepted).isNotEmpty().allSatisfy(answer -> assertThat(answer.json()).isEqualTo(accepted.get(0).json()));
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> assertThat(answer.errorFields()).containsExactly("Idempotency-Key"));
        assertThat(next.json().get("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void anInvalidKeyIsRefusedWith400() {
        Http.Answer empty = postWithKey("\"\"", withoutId(FactBodies.newTrack(), 1));
        Http.Answer tooLong = postWithKey("k".repeat(256), withoutId(FactBodies.newTrack(), 1));

        assertThat(List.of(empty, tooLong)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.errorFields()).containsExactly("Idempotency-Key");
        });
    }

    private Http.Answer postWithKey(String key, ObjectNode body) {
        return http.post("/api/events").header("Idempotency-Key", key).json(body);
    }

    private static ObjectNode withoutId(String track, int roundNumber) {
        return FactBodies.withoutId(FactBodies.roundHeld(UUID.randomUUID(), track, roundNumber,
                roundNumber == 1 ? "2025-02-27" : "2025-04-10"));
    }

    private boolean isClaimed(String key) {
        return JdbcClient.create(database)
                .sql("SELECT COUNT(*) FROM idempotency_key WHERE client = ? AND idempotency_key = ?")
                .params(TestTokens.WRITER_CLIENT, key).query(Long.class).single() == 1;
    }

    private static void holdReceiptOf(Connection connection, UUID factId) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO fact_receipt (fact_id, track, type, sequence, recorded_at, fingerprint)
                VALUES (?, 'held-by-test', 'round-held', 1, ?, 'none')""")) {
            insert.setObject(1, factId);
            insert.setObject(2, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }
}
