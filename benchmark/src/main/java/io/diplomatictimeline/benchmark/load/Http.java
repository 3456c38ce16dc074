package io.diplomatictimeline.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The driver's own HTTP client, for what is not a closed loop of identical requests (bulk loads, the open loop of
 * the freshness probe, the admin calls): the JDK's client over HTTP/1.1 keep-alive connections, a fixed pool of
 * daemon threads. The closed loops go through {@link Wrk}, which costs the machine far less per request.
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

    public CompletableFuture<HttpResponse<String>> postAsync(URI uri, String contentType, byte[] body) {
        return client.sendAsync(postRequest(uri, contentType, body, Duration.ofSeconds(60)),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(URI uri, boolean authorized) throws IOException, InterruptedException {
        return client.send(getRequest(uri, authorized), HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<Void>> getAsyncDiscarding(URI uri) {
        return client.sendAsync(getRequest(uri, false), HttpResponse.BodyHandlers.discarding());
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
