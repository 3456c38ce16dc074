package io.diplomatictimeline.benchmark.export;

import io.diplomatictimeline.benchmark.memory.PeakRss;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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
