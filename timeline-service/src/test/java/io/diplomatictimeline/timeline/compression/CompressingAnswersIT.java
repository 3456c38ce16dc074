package io.diplomatictimeline.timeline.compression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.timeline.Http;
import io.diplomatictimeline.timeline.TimelineServiceTest;
import io.diplomatictimeline.timeline.recording.FactBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Answers over 1 KiB go gzipped to a client that accepts it; smaller ones go as they are, with their length. */
@TimelineServiceTest
class CompressingAnswersIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Http http;

    CompressingAnswersIT(@LocalServerPort int port) {
        this.port = port;
        this.http = new Http(port);
    }

    @Test
    void aFactOverAKibibyteComesGzippedAndDecodesToTheSameJson() {
        UUID id = UUID.randomUUID();
        ObjectNode fact = FactBodies.propertySeizureRaised(id, FactBodies.newTrack());
        ((ObjectNode) fact.withArray("sources").get(0)).put("quote",
                "The properties were seized without any legal basis, and their return is on the agenda. ".repeat(15));
        assertThat(http.post("/api/events").json(fact).status()).isEqualTo(201);

        HttpResponse<byte[]> plain = get("/api/events/" + id, "identity");
        HttpResponse<byte[]> gzipped = get("/api/events/" + id, "gzip");

        assertThat(plain.body().length).isGreaterThan(1024);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(json(gunzip(gzipped.body()))).isEqualTo(json(plain.body()));
    }

    @Test
    void anAnswerUnderAKibibyteGoesAsItIs() {
        HttpResponse<byte[]> small = get("/api/events/" + UUID.randomUUID(), "gzip");

        assertThat(small.statusCode()).isEqualTo(404);
        assertThat(small.body().length).isLessThan(1024);
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(small.headers().firstValue("Content-Length")).hasValue(String.valueOf(small.body().length));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Encoding", acceptEncoding).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
