package io.diplomatictimeline.benchmark.projection;

import io.diplomatictimeline.benchmark.load.Http;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many facts timeline-service has accepted in this run: single POSTs as the service itself counts its 201
 * answers (Spring's http.server.requests metric on /actuator/prometheus, which also counts requests that wrk gave
 * up waiting for at the end of a run), summed over every instance, plus what the bulk loads were answered.
 */
public final class AcceptedFacts {

    private final Http http;
    private final List<URI> prometheus;
    private final AtomicLong bulk = new AtomicLong();

    public AcceptedFacts(Http http, List<URI> timelines) {
        this.http = http;
        this.prometheus = timelines.stream().map(timeline -> timeline.resolve("/actuator/prometheus")).toList();
    }

    public void acceptedInBulk(long facts) {
        bulk.addAndGet(facts);
    }

    public long count() throws Exception {
        return singlePosts() + bulk.get();
    }

    long singlePosts() throws Exception {
        long posts = 0;
        for (URI metrics : prometheus) {
            HttpResponse<String> answer = http.get(metrics, false);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(metrics + " answered " + answer.statusCode());
            }
            posts += countOf201s(answer.body());
        }
        return posts;
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
