package io.diplomatictimeline.benchmark.projection;

import io.diplomatictimeline.benchmark.load.Http;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many facts timeline-service has accepted in this run: single POSTs as the service itself counts its 201
 * answers (Spring's http.server.requests metric on /actuator/prometheus, which also counts requests that wrk gave
 * up waiting for at the end of a run), plus what the bulk loads were answered.
 */
public final class AcceptedFacts {

    private final Http http;
    private final URI prometheus;
    private final AtomicLong bulk = new AtomicLong();

    public AcceptedFacts(Http http, URI timeline) {
        this.http = http;
        this.prometheus = timeline.resolve("/actuator/prometheus");
    }

    public void acceptedInBulk(long facts) {
        bulk.addAndGet(facts);
    }

    public long count() throws Exception {
        return singlePosts() + bulk.get();
    }

    long singlePosts() throws Exception {
        HttpResponse<String> answer = http.get(prometheus, false);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(prometheus + " answered " + answer.statusCode());
        }
        return countOf201s(answer.body());
    }

    /** Sums the series of http_server_requests_seconds_count for POST /api/events answered 201. */
    static long countOf201s(String metrics) {
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/api/events\"")
                    && line.contains("method=\"POST\"") && line.contains("status=\"201\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(sum);
    }
}
