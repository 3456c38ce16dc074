package io.diplomatictimeline.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The two HTTP APIs as a client sees them: status and JSON body. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any answer of a service that is up; a service stuck on a database that is away gives up sooner. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    record Answer(int status, JsonNode body) {
    }

    /** A write, with the stack's writer token: timeline-service refuses writes without one. */
    static Answer post(URI uri, String json) {
        return post(uri, json, SystemStack.WRITE_TOKEN, Map.of());
    }

    /** A write with a token of its own and more headers (Idempotency-Key, traceparent). */
    static Answer post(URI uri, String json, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A body that is not JSON (Prometheus' text format), as it came. */
    static String text(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Api() {
    }
}
