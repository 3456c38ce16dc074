package io.diplomatictimeline.benchmark.export;

import io.diplomatictimeline.benchmark.memory.PeakRss;
import io.diplomatictimeline.benchmark.report.Result;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * export_first_byte_ms and export_rss_projection_mb (issue 17: "an export of a million entries runs in constant
 * memory and starts answering at once"): one {@code GET /api/timeline/export?format=csv} of every entry, read as it
 * streams and counted record by record, timed from sending the request to the first byte of the body, while the
 * projection's VmRSS is sampled every 50 ms.
 */
public final class ExportRun {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(50);

    /**
     * @param records  CSV records read, the header's included
     * @param bytes    bytes of the body
     * @param status   the answer's HTTP status
     */
    public record Outcome(int status, double firstByteMs, double seconds, long records, long bytes, double rssMb) {

        /**
         * The two figures, when the export held a header and one record per entry of the read model; both failed
         * otherwise, since a short export would start and stay small for the wrong reason.
         */
        public List<Result> figures(long entries) {
            if (records != entries + 1) {
                String why = "the export held " + records + " CSV records, not " + (entries + 1)
                        + " (a header and every entry)";
                return List.of(Result.failed("export_first_byte_ms", "ms", null, why),
                        Result.failed("export_rss_projection_mb", "MB", null, why));
            }
            return List.of(Result.of("export_first_byte_ms", firstByteMs, "ms"), rssMb < 0
                    ? Result.failed("export_rss_projection_mb", "MB", null, "could not read the projection's "
                            + "/proc/<pid>/status")
                    : Result.of("export_rss_projection_mb", rssMb, "MB"));
        }
    }

    private final URI projection;
    private final long projectionPid;

    public ExportRun(URI projection, long projectionPid) {
        this.projection = projection;
        this.projectionPid = projectionPid;
    }

    public Outcome csv() throws Exception {
        // Its own client: the driver's shares a small pool with the catch-up polls, and an export may take minutes.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(projection.resolve("/api/timeline/export?format=csv")).GET()
                .build();
        PeakRss memory = new PeakRss(projectionPid, SAMPLE_EVERY, "export-rss");
        double rss;
        long start = System.nanoTime();
        long firstByte = -1;
        long bytes = 0;
        CsvRecords records = new CsvRecords();
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = body.read(buffer)) >= 0) {
                    if (read > 0 && firstByte < 0) {
                        firstByte = System.nanoTime();
                    }
                    records.accept(buffer, 0, read);
                    bytes += read;
                }
            }
        } finally {
            rss = memory.stop();
        }
        long end = System.nanoTime();
        return new Outcome(answer.statusCode(), firstByte < 0 ? -1 : (firstByte - start) / 1e6,
                (end - start) / 1e9, records.count(), bytes, rss);
    }
}
