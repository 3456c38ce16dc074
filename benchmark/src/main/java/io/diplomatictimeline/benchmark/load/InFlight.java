package io.diplomatictimeline.benchmark.load;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until a service has answered every request of the last wrk run. wrk stops at the end of its time and drops
 * its connections, but requests it had sent go on inside the service (a slow single-track POST may wait seconds for
 * its track), and would be counted in the next run. The service says how many requests it is serving in Spring's
 * http.server.requests.active metric on /actuator/prometheus.
 */
public final class InFlight {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final Http http;

    public InFlight(Http http) {
        this.http = http;
    }

    public void await(URI service, String method) throws Exception {
        URI prometheus = service.resolve("/actuator/prometheus");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> answer = http.get(prometheus, false);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(prometheus + " answered " + answer.statusCode());
            }
            // The scrape itself is a GET being served.
            long serving = active(answer.body(), method) - ("GET".equals(method) ? 1 : 0);
            if (serving <= 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service + " still serves " + serving + " " + method + " requests");
            }
            Thread.sleep(50);
        }
    }

    static long active(String metrics, String method) {
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_active_seconds_count{")
                    && line.contains("method=\"" + method + "\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Math.round(sum);
    }
}
