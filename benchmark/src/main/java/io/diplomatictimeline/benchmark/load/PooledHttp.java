package io.diplomatictimeline.benchmark.load;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Blocking HTTP/1.1 requests over a pool of keep-alive connections (Apache HttpClient 5), for the open loop of the
 * freshness phase, where dozens of threads each wait on one request.
 *
 * <p>Measured on 2026-11-28, 500 POSTs a second against timeline-service on the 2-core machine: the JDK's client
 * ({@link Http}) cost the driver most of a core and fell behind, at 70-90 POSTs/s asynchronous and 430/s blocking
 * from 64 threads; this client kept the rate, at a quarter to a half of a core once warm.
 */
public final class PooledHttp implements AutoCloseable {

    /** A response's status and body. */
    public record Answer(int status, String body) {
    }

    private final CloseableHttpClient client;
    private final String authorization;

    /**
     * @param token       the bearer token POSTs carry; GETs carry none (reads are public)
     * @param connections how many connections may be open at once: one per thread that sends
     */
    public PooledHttp(String token, int connections) {
        this.authorization = "Bearer " + token;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(60))
                                .build())
                        .build())
                // A request that failed is counted as failed, never sent again behind the loop's back.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    public Answer postJson(URI uri, byte[] json) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        post.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        return client.execute(post, response -> new Answer(response.getCode(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity())));
    }

    /** The status of a GET; its body is read to the end and dropped, so that the connection can serve again. */
    public int getStatus(URI uri) throws IOException {
        return client.execute(new HttpGet(uri), response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
