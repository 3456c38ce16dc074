package io.diplomatictimeline.projection.conditional;

import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleFact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * What a client on the wire sees of ETags, 304s and gzip: raw java.net.http, which neither decompresses nor caches,
 * so every header and byte is the server's.
 */
class RevalidatingAndCompressingAnswersOverHttpIT extends RunningProjectionService {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    private int port;

    @Test
    void anAnswerIsTaggedRevalidatedWith304AndTaggedAnewOnceANewFactIsApplied() {
        String track = freshTrack();
        ObjectNode round = SampleFact.of(ROUND_HELD).on(track).document();
        publish(round);
        awaitOnTimeline(round);
        String page = "/api/timeline?track=" + track;

        HttpResponse<byte[]> first = send(page, "Accept", "application/json");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(tag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

        // Facts of other tests may commit in between and make a tag stale: the same question, asked again, gets a 304.
        HttpResponse<byte[]> revalidated = await().atMost(CONSUMPTION_TIMEOUT).until(() -> {
            String current = send(page).headers().firstValue("ETag").orElseThrow();
            return send(page, "If-None-Match", current);
        }, answer -> answer.statusCode() == 304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).isPresent();
        assertThat(revalidated.headers().firstValue("Cache-Control")).hasValue("no-cache");

        String unchanged = revalidated.headers().firstValue("ETag").orElseThrow();
        ObjectNode statement = SampleFact.of(STATEMENT_ISSUED).on(track).occurredOn("2025-04-11").document();
        publish(statement);
        awaitOnTimeline(statement);
        HttpResponse<byte[]> changed = send(page, "If-None-Match", unchanged);

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(unchanged);
        assertThat(json(changed.body()).get("entries")).hasSize(2);
    }

    /** The socket's read buffer is 1 KB (ConnectionBuffers): headers of several KB still arrive whole. */
    @Test
    void aRequestWithHeadersLargerThanTheReadBufferIsAnswered() {
        String track = freshTrack();
        ObjectNode round = SampleFact.of(ROUND_HELD).on(track).document();
        publish(round);
        awaitOnTimeline(round);

        HttpResponse<byte[]> answer = send("/api/timeline?track=" + track, "X-Padding", "p".repeat(6_000));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer.body()).get("entries")).hasSize(1);
    }

    @Test
    void aRefusalCarriesNoTag() {
        HttpResponse<byte[]> refused = send("/api/timeline?country=RUS");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void anAnswerOverAKibibyteComesGzippedToAClientThatAcceptsIt() {
        String track = freshTrack();
        ObjectNode round = SampleFact.of(ROUND_HELD).on(track).document();
        ObjectNode statement = SampleFact.of(STATEMENT_ISSUED).on(track).occurredOn("2025-04-11").document();
        publish(round);
        publish(statement);
        awaitOnTimeline(statement);
        String page = "/api/timeline?track=" + track;

        HttpResponse<byte[]> plain = send(page);
        HttpResponse<byte[]> gzipped = send(page, "Accept-Encoding", "gzip");

        assertThat(plain.body().length).isGreaterThan(1024);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(json(gunzip(gzipped.body()))).isEqualTo(json(plain.body()));
    }

    @Test
    void anAnswerUnderAKibibyteGoesAsItIs() {
        HttpResponse<byte[]> small = send("/api/timeline?track=" + freshTrack(), "Accept-Encoding", "gzip");

        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body().length).isLessThan(1024);
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(small.headers().firstValue("Content-Length")).hasValue(String.valueOf(small.body().length));
        assertThat(json(small.body()).get("entries")).isEmpty();
    }

    @Test
    void theLiveStreamIsNeitherGzippedNorTagged() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/timeline/stream?track=" + freshTrack()))
                .header("Accept", "text/event-stream").header("Accept-Encoding", "gzip").build();
        HttpResponse<InputStream> stream = sendFor(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = stream.body()) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
            assertThat(stream.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(stream.headers().firstValue("ETag")).isEmpty();
        }
    }

    private HttpResponse<byte[]> send(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return sendFor(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> sendFor(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
