package io.diplomatictimeline.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The driver's own HTTP client, for the requests that are few or large (bulk loads, the admin calls, probes): the
 * JDK's client over HTTP/1.1 keep-alive connections, a fixed pool of daemon threads. The closed loops go through
 * {@link Wrk}, and the open loop of the freshness phase through {@link PooledHttp}: each costs the machine far less
 * per request.
 */
public final class Http implements AutoCloseable {

    private final HttpClient client;
    private final ExecutorService executor;
    private final String token;

    public Http(String token, int threads) {
        this.token = token;
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "http");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    public HttpResponse<String> post(URI uri, String contentType, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        return client.send(postRequest(uri, contentType, body, timeout), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(URI uri, boolean authorized) throws IOException, InterruptedException {
        return client.send(getRequest(uri, authorized), HttpResponse.BodyHandlers.ofString());
    }

    /** A public GET, its body as the bytes that came (this client asks for no compression, as wrk does not). */
    public HttpResponse<byte[]> getBytes(URI uri, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest postRequest(URI uri, String contentType, byte[] body, Duration timeout) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private HttpRequest getRequest(URI uri, boolean authorized) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (authorized) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
