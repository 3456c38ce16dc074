package io.diplomatictimeline.benchmark.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one wrk run reports: completed requests, how many of them answered 4xx or 5xx, socket errors and the latency
 * percentiles (wrk measures each request from its write to its response, over keep-alive connections).
 */
public record WrkResult(long requests, double seconds, long statusErrors, long socketErrors, double p50Ms,
                        double p99Ms) {

    /** Parses the WRK_RESULT line that the generated script's done() writes. */
    static WrkResult parse(String line) {
        Map<String, Long> fields = new HashMap<>();
        for (String part : line.substring(line.indexOf(' ') + 1).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            fields.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
        }
        return new WrkResult(
                fields.get("requests"),
                fields.get("duration_us") / 1e6,
                fields.get("status"),
                fields.get("connect") + fields.get("read") + fields.get("write") + fields.get("timeout"),
                fields.get("p50_us") / 1e3,
                fields.get("p99_us") / 1e3);
    }

    /**
     * Runs of wrk at the same time against several instances, as one: their requests and errors added up, over the
     * longest run's time, and the highest p50 and p99 (each instance's are known, the merged ones are not).
     */
    public static WrkResult together(List<WrkResult> runs) {
        return new WrkResult(runs.stream().mapToLong(WrkResult::requests).sum(),
                runs.stream().mapToDouble(WrkResult::seconds).max().orElse(0),
                runs.stream().mapToLong(WrkResult::statusErrors).sum(),
                runs.stream().mapToLong(WrkResult::socketErrors).sum(),
                runs.stream().mapToDouble(WrkResult::p50Ms).max().orElse(0),
                runs.stream().mapToDouble(WrkResult::p99Ms).max().orElse(0));
    }

    /** Requests per second that were answered 2xx (or 3xx, which nothing here answers). */
    public double successRate() {
        return (requests - statusErrors) / seconds;
    }

    public long successes() {
        return requests - statusErrors;
    }

    public boolean clean() {
        return statusErrors == 0 && socketErrors == 0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d requests in %.1f s (%.0f/s answered 2xx), %d non-2xx, %d socket errors, p50 %.2f ms, p99 %.2f ms",
                requests, seconds, successRate(), statusErrors, socketErrors, p50Ms, p99Ms);
    }
}
