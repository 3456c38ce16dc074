package io.diplomatictimeline.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The service's HTTP API as a client on the wire sees it: raw bytes in, status, headers and body out. Plain
 * java.net.http over HTTP/1.1, so a test controls every header and byte (and can send a chunked body).
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Write post(String path) {
        return new Write(path);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A POST being put together: JSON by default, with the test writer's token unless told otherwise. */
    public final class Write {

        private final HttpRequest.Builder request;
        private String token = TestTokens.WRITER;
        private String contentType = "application/json";

        private Write(String path) {
            this.request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        }

        public Write token(String token) {
            this.token = token;
            return this;
        }

        public Write anonymous() {
            return token(null);
        }

        public Write contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        public Write header(String name, String value) {
            request.header(name, value);
            return this;
        }

        public Answer json(Object body) {
            return bytes(body.toString().getBytes(StandardCharsets.UTF_8));
        }

        public Answer bytes(byte[] body) {
            return send(prepared().POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        /** Sends the body chunked, without a Content-Length, as a streaming client would. */
        public Answer chunked(byte[] body) {
            return send(prepared().POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        }

        private HttpRequest.Builder prepared() {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return request;
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The fields a problem's errors name, in order. */
        public List<String> errorFields() {
            return StreamSupport.stream(json().path("errors").spliterator(), false)
                    .map(error -> error.path("field").asText()).toList();
        }

        /** The messages of a problem's errors, in order. */
        public List<String> errorMessages() {
            return StreamSupport.stream(json().path("errors").spliterator(), false)
                    .map(error -> error.path("message").asText()).toList();
        }
    }
}
