package io.diplomatictimeline.benchmark.driver;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.benchmark.cpu.CpuPerUnit;
import io.diplomatictimeline.benchmark.cpu.ProcessCpu;
import io.diplomatictimeline.benchmark.export.ExportRun;
import io.diplomatictimeline.benchmark.facts.DataPlan;
import io.diplomatictimeline.benchmark.freshness.Freshness;
import io.diplomatictimeline.benchmark.stream.StreamFanOut;
import io.diplomatictimeline.benchmark.ingest.BulkLoad;
import io.diplomatictimeline.benchmark.ingest.BulkOutcome;
import io.diplomatictimeline.benchmark.ingest.SingleFacts;
import io.diplomatictimeline.benchmark.ingest.SingleLoad;
import io.diplomatictimeline.benchmark.jdbc.JdbcCeilings;
import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.load.InFlight;
import io.diplomatictimeline.benchmark.load.Wrk;
import io.diplomatictimeline.benchmark.load.WrkResult;
import io.diplomatictimeline.benchmark.memory.PeakMemory;
import io.diplomatictimeline.benchmark.projection.AcceptedFacts;
import io.diplomatictimeline.benchmark.projection.CatchUp;
import io.diplomatictimeline.benchmark.projection.Rebuild;
import io.diplomatictimeline.benchmark.query.PageTags;
import io.diplomatictimeline.benchmark.query.TimelineQueries;
import io.diplomatictimeline.benchmark.report.Report;
import io.diplomatictimeline.benchmark.report.Result;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load driver: runs against a stack that benchmark/run.sh started (both services, the broker, the ceiling app),
 * in this order, each ceiling measured right before its figure:
 * <ol>
 *   <li>ingest_bulk, cpu_per_fact_bulk_us: the event-store JDBC ceiling, then the data plan through the bulk
 *   endpoint (or single POSTs);</li>
 *   <li>ingest_single, cpu_per_fact_single_us: wrk against the no-op POST, then against POST /api/events;</li>
 *   <li>ingest_flatness: the same single-track loop on the shallow track, then on the deep one;</li>
 *   <li>freshness_p50_ms, freshness_p99_ms: the open loop of {@link Freshness};</li>
 *   <li>stream_p50_ms, stream_p99_ms, stream_rss_projection_mb: {@link StreamFanOut}'s live streams;</li>
 *   <li>query_rate, query_p99_ms: wrk against the no-op GET (few bytes, then a body of the page's size), then
 *   against GET /api/timeline;</li>
 *   <li>query_revalidate_rate: the same pages with If-None-Match, against the few-bytes no-op GET;</li>
 *   <li>export_first_byte_ms, export_rss_projection_mb: one CSV export of every entry;</li>
 *   <li>rebuild_rate: the read-model JDBC ceiling, then a replay;</li>
 *   <li>rss_timeline_mb, rss_projection_mb: the peaks sampled all along.</li>
 * </ol>
 * Between phases it waits for the projection to catch up. A phase that fails is reported as failed and the run goes
 * on; the exit code is 1 if any figure failed.
 */
public final class Benchmark {

    static final List<String> FIGURES = List.of("ingest_single", "cpu_per_fact_single_us", "ingest_bulk",
            "cpu_per_fact_bulk_us", "freshness_p50_ms", "freshness_p99_ms", "stream_p50_ms", "stream_p99_ms",
            "stream_rss_projection_mb", "query_rate", "query_p99_ms", "query_revalidate_rate", "export_first_byte_ms",
            "export_rss_projection_mb", "rebuild_rate", "ingest_flatness", "rss_timeline_mb", "rss_projection_mb");
    /** Figures whose ratio is a cost's: lower is better. */
    static final List<String> COSTS = List.of("cpu_per_fact_single_us", "cpu_per_fact_bulk_us");
    private static final Map<String, String> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("ingest_single", "facts/s");
        UNITS.put("cpu_per_fact_single_us", "us");
        UNITS.put("ingest_bulk", "facts/s");
        UNITS.put("cpu_per_fact_bulk_us", "us");
        UNITS.put("freshness_p50_ms", "ms");
        UNITS.put("freshness_p99_ms", "ms");
        UNITS.put("stream_p50_ms", "ms");
        UNITS.put("stream_p99_ms", "ms");
        UNITS.put("stream_rss_projection_mb", "MB");
        UNITS.put("query_rate", "req/s");
        UNITS.put("query_p99_ms", "ms");
        UNITS.put("query_revalidate_rate", "req/s");
        UNITS.put("export_first_byte_ms", "ms");
        UNITS.put("export_rss_projection_mb", "MB");
        UNITS.put("rebuild_rate", "events/s");
        UNITS.put("ingest_flatness", "x");
        UNITS.put("rss_timeline_mb", "MB");
        UNITS.put("rss_projection_mb", "MB");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Report report;
    private final DataPlan plan;
    private final Phases phases;
    private final Http http;
    private final Wrk wrk;
    private final AcceptedFacts accepted;
    private final CatchUp catchUp;
    private final JdbcCeilings jdbc;
    private final InFlight inFlight;
    /** The services and the brokers: what a fact costs is their CPU time. */
    private final ProcessCpu stackCpu;
    /** The ceiling app, for the CPU of a no-op POST; null when its process was not given. */
    private final ProcessCpu ceilingCpu;
    /** The few-bytes no-op GET's rate, measured in the query phase: query_revalidate_rate's ceiling. */
    private Double fewBytesGetRate;

    private Benchmark(Settings settings, Report report, Http http) throws Exception {
        this.settings = settings;
        this.report = report;
        this.plan = DataPlan.of(settings);
        this.phases = new Phases(settings.out());
        this.http = http;
        this.wrk = new Wrk(settings.wrk(), settings.out(), settings.token(), report);
        this.accepted = new AcceptedFacts(http, settings.timelines());
        this.catchUp = new CatchUp(http, settings.projection(), accepted, report);
        this.jdbc = new JdbcCeilings(settings.repo(), settings.out().resolve("ceiling-db"));
        this.inFlight = new InFlight(http);
        this.stackCpu = ProcessCpu.of(settings.stackPids());
        this.ceilingCpu = settings.ceilingPid() > 0 ? ProcessCpu.of(List.of(settings.ceilingPid())) : null;
    }

    public static void main(String[] args) {
        // Flyway and H2 log through SLF4J to Logback, whose default without a configuration is DEBUG to the console.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Settings settings = Settings.parse(args);
        Report report = new Report(settings.out());
        // wrk runs as a child process: it goes when the driver goes, however the driver is stopped.
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
        int code;
        try (Http http = new Http(settings.token(), 4);
             PeakMemory timelineMemory = new PeakMemory(settings.timelinePid());
             PeakMemory projectionMemory = new PeakMemory(settings.projectionPid())) {
            new Benchmark(settings, report, http).run();
            memory(report, "rss_timeline_mb", timelineMemory, settings.timelinePid());
            memory(report, "rss_projection_mb", projectionMemory, settings.projectionPid());
        } catch (Exception e) {
            report.note("the run stopped: " + e);
            e.printStackTrace();
        }
        code = missingOrFailed(report);
        report.summary();
        System.exit(code);
    }

    private void run() throws Exception {
        report.note(String.format(Locale.ROOT,
                "plan: %d facts loaded (deep track %s: %d, shallow track %s: %d, %d more over %d tracks); "
                        + "%d s per measurement after %d s of warm-up; %d clients for single POSTs, %d for queries; "
                        + "bulk batches of %d from %d clients; freshness at %d facts/s",
                plan.total(), DataPlan.DEEP_TRACK, plan.deepFacts(), DataPlan.SHALLOW_TRACK, plan.shallowFacts(),
                plan.fillerFacts(), plan.fillerTracks(), settings.measure().toSeconds(),
                settings.warmup().toSeconds(), settings.clients(), settings.queryClients(), settings.batchSize(),
                settings.bulkClients(), settings.freshnessRate()));
        ingestBulk();
        catchUp.await("ingest_single");
        guarded(List.of("ingest_single"), this::ingestSingle);
        catchUp.await("ingest_flatness");
        guarded(List.of("ingest_flatness"), this::flatness);
        catchUp.await("freshness");
        guarded(List.of("freshness_p50_ms", "freshness_p99_ms"), this::freshness);
        catchUp.await("stream");
        guarded(List.of("stream_p50_ms", "stream_p99_ms", "stream_rss_projection_mb"), this::stream);
        catchUp.await("query");
        guarded(List.of("query_rate", "query_p99_ms"), this::query);
        guarded(List.of("query_revalidate_rate"), this::revalidate);
        guarded(List.of("export_first_byte_ms", "export_rss_projection_mb"), this::export);
        guarded(List.of("rebuild_rate"), this::rebuild);
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** A phase that throws is reported failed, with why, and the run goes on. */
    private void guarded(List<String> figures, Phase phase) {
        try {
            phase.run();
        } catch (Exception e) {
            for (String figure : figures) {
                report.result(failed(figure, null, e.toString()));
            }
        }
    }

    private static Result failed(String figure, Double ceiling, String why) {
        Result failed = Result.failed(figure, UNITS.get(figure), ceiling, why);
        return COSTS.contains(figure) ? failed.lowerIsBetter() : failed;
    }

    private static Result absent(String figure, Double ceiling, String why) {
        Result absent = Result.absent(figure, UNITS.get(figure), ceiling, why);
        return COSTS.contains(figure) ? absent.lowerIsBetter() : absent;
    }

    /**
     * A cpu_per_fact figure: microseconds of the services' and brokers' CPU per fact that reached the read model,
     * against the ceiling's CPU per unit of the same work.
     */
    private void cpuPerFact(String figure, CpuPerUnit spent, CpuPerUnit ceiling, String ceilingWhat) {
        Double ceilingMicros = ceiling != null && ceiling.measured() ? ceiling.microsPerUnit() : null;
        if (settings.stackPids().isEmpty()) {
            report.result(absent(figure, ceilingMicros, "no --service-pids or --broker-pids given"));
            return;
        }
        report.note(String.format(Locale.ROOT, "%s: services and brokers (pids %s): %s; ceiling, %s: %s", figure,
                settings.stackPids(), spent, ceilingWhat, ceiling == null ? "not measured" : ceiling));
        if (!spent.measured()) {
            report.result(failed(figure, ceilingMicros, "no fact reached the read model during the phase"));
            return;
        }
        report.result(Result.cost(figure, spent.microsPerUnit(), UNITS.get(figure), ceilingMicros));
    }

    private void ingestBulk() throws Exception {
        Double ceiling = null;
        JdbcCeilings.Run ceilingRun = null;
        try {
            ceilingRun = phases.time("ingest_bulk-ceiling", () -> jdbc.eventStore(plan, settings.batchSize()));
            ceiling = ceilingRun.rate();
            report.progress(String.format("event-store JDBC ceiling: %.0f facts/s, CPU %s", ceiling,
                    ceilingRun.cpuPerRow()));
        } catch (Exception e) {
            report.note("ingest_bulk: the JDBC ceiling failed: " + e);
        }
        // From before the first batch to the projection's having applied the last: the whole cost of the facts.
        CpuWindow cpu = new CpuWindow(stackCpu, () -> catchUp.await("a reading of cpu_per_fact_bulk_us"));
        cpu.before();
        BulkOutcome bulk = phases.time("ingest_bulk", () -> new BulkLoad(http, settings.timeline(), report)
                .load(plan, settings.batchSize(), settings.bulkClients()));
        accepted.acceptedInBulk(bulk.accepted());
        if (BulkOutcome.DONE.equals(bulk.state())) {
            cpu.after();
            report.note("cpu_per_fact_bulk_us by process, per fact: " + cpu.splitPerCounted());
            cpuPerFact("cpu_per_fact_bulk_us", cpu.perCounted(),
                    ceilingRun == null ? null : ceilingRun.cpuPerRow(), "the driver's JDBC inserts (H2 embedded)");
        } else {
            report.result(absent("cpu_per_fact_bulk_us", null, "ingest_bulk was " + bulk.state()));
        }
        if (BulkOutcome.DONE.equals(bulk.state())) {
            report.result(Result.rate("ingest_bulk", bulk.rate(), "facts/s", ceiling));
        } else if (BulkOutcome.ABSENT.equals(bulk.state())) {
            report.result(Result.absent("ingest_bulk", "facts/s", ceiling, bulk.detail()));
        } else {
            report.result(Result.failed("ingest_bulk", "facts/s", ceiling, bulk.detail()));
        }
        if (!bulk.notAccepted().isEmpty()) {
            new SingleLoad(http, settings.timeline(), report)
                    .load(plan, bulk.notAccepted(), settings.batchSize(), settings.clients());
        }
    }

    private void ingestSingle() throws Exception {
        List<String> bodies = SingleFacts.spread(settings.spreadTracks());
        List<URI> noop = List.of(settings.ceiling().resolve("/noop/events"));
        List<URI> events = resolve(settings.timelines(), "/api/events");
        CpuWindow ceilingWindow = ceilingCpu == null ? null : new CpuWindow(ceilingCpu, null);
        WrkResult ceiling = phases.time("ingest_single-ceiling", () -> closedLoop("ingest_single-ceiling", noop,
                bodies, settings.clients(), ceilingWindow == null ? Bracket.NONE : ceilingWindow));
        // The read model's facts are counted (after catching up) at both ends of the measured run.
        CpuWindow serviceWindow = new CpuWindow(stackCpu, () -> catchUp.await("a reading of cpu_per_fact_single_us"));
        WrkResult service = phases.time("ingest_single", () -> closedLoop("ingest_single", events, bodies,
                settings.clients(), serviceWindow));
        checkAnswers("ingest_single", service, events.get(0), bodies.get(0));
        report.result(Result.rate("ingest_single", service.successRate(), "facts/s",
                ceiling.clean() ? ceiling.successRate() : null));
        report.note("cpu_per_fact_single_us by process, per fact: " + serviceWindow.splitPerCounted());
        cpuPerFact("cpu_per_fact_single_us", serviceWindow.perCounted(),
                ceilingWindow == null ? null : ceilingWindow.per(ceiling.successes()),
                "the ceiling app (pid " + settings.ceilingPid() + ") per no-op POST answered");
    }

    private void flatness() throws Exception {
        List<URI> events = resolve(settings.timelines(), "/api/events");
        List<String> shallowBodies = SingleFacts.onTrack(DataPlan.SHALLOW_TRACK);
        WrkResult shallow = phases.time("ingest_flatness-shallow", () -> closedLoop("ingest_flatness-shallow",
                events, shallowBodies, settings.clients(), Bracket.NONE));
        checkAnswers("ingest_flatness", shallow, events.get(0), shallowBodies.get(0));
        catchUp.await("the deep track's loop");
        List<String> deepBodies = SingleFacts.onTrack(DataPlan.DEEP_TRACK);
        WrkResult deep = phases.time("ingest_flatness-deep", () -> closedLoop("ingest_flatness-deep", events,
                deepBodies, settings.clients(), Bracket.NONE));
        checkAnswers("ingest_flatness", deep, events.get(0), deepBodies.get(0));
        report.note(String.format(Locale.ROOT,
                "ingest_flatness: %.1f facts/s on %s (which held %d facts and more as it ran) ÷ %.1f facts/s on %s "
                        + "(about %d facts)", deep.successRate(), DataPlan.DEEP_TRACK, plan.deepFacts(),
                shallow.successRate(), DataPlan.SHALLOW_TRACK, plan.shallowFacts()));
        report.result(Result.of("ingest_flatness", deep.successRate() / shallow.successRate(), "x"));
    }

    private void freshness() throws Exception {
        Freshness.Outcome outcome = phases.time("freshness", () -> new Freshness(settings.token(),
                settings.timeline(), settings.projection(), report)
                .run(settings.freshnessRate(), settings.warmup(), settings.measure()));
        inFlight.await(settings.timeline(), "POST");
        report.progress(String.format(Locale.ROOT,
                "freshness: %d posted at %.0f/s, %d accepted, %d followed to the timeline; p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms", outcome.posted(), outcome.postRate(), outcome.accepted(), outcome.followed(),
                outcome.p50Ms(), outcome.p99Ms(), outcome.maxMs()));
        // A fact answered 201 that never shows is lost: no figure then. A POST refused (a 500 when the service is
        // overloaded, say) is said, and the figures stand for the facts accepted.
        if (outcome.lost() > 0 || outcome.followed() == 0) {
            String why = outcome.lost() + " of " + outcome.followed()
                    + " accepted facts followed never showed on the timeline";
            report.result(Result.failed("freshness_p50_ms", "ms", null, why));
            report.result(Result.failed("freshness_p99_ms", "ms", null, why));
            return;
        }
        report.note(String.format(Locale.ROOT, "freshness: %d facts followed (every %dth accepted); questions were "
                        + "taken %.1f ms late at p99, which the figures may be too long by",
                outcome.followed(), Freshness.FOLLOW_EVERY, outcome.lateP99Ms()));
        if (outcome.accepted() < outcome.posted()) {
            report.note("freshness: " + (outcome.posted() - outcome.accepted()) + " of " + outcome.posted()
                    + " POSTs were not accepted (the first answer is in driver.log)");
        }
        if (outcome.postRate() < 0.95 * settings.freshnessRate()) {
            report.note(String.format(Locale.ROOT, "freshness: measured at %.0f facts/s, not %d: timeline-service "
                            + "did not take facts that fast (the loop waits at %d unanswered POSTs)",
                    outcome.postRate(), settings.freshnessRate(), Freshness.MAX_UNANSWERED));
        }
        report.result(Result.of("freshness_p50_ms", outcome.p50Ms(), "ms"));
        report.result(Result.of("freshness_p99_ms", outcome.p99Ms(), "ms"));
    }

    private void stream() throws Exception {
        StreamFanOut.Outcome outcome = phases.time("stream", () -> new StreamFanOut(settings.token(),
                settings.timeline(), settings.projection(), settings.projectionPid())
                .run(settings.streams(), settings.streamRate(), settings.warmup(), settings.measure()));
        report.progress(String.format(Locale.ROOT,
                "stream: %d streams, %d facts accepted at %.0f/s, %d of %d deliveries; p50 %.0f ms, p99 %.0f ms, "
                        + "max %.0f ms; projection RSS peak %.0f MB", outcome.streams(), outcome.accepted(),
                outcome.postRate(), outcome.delivered(), outcome.expected(), outcome.p50Ms(), outcome.p99Ms(),
                outcome.maxMs(), outcome.rssMb()));
        if (outcome.accepted() == 0 || outcome.delivered() < outcome.expected()) {
            String why = (outcome.expected() - outcome.delivered()) + " of " + outcome.expected()
                    + " deliveries never arrived";
            report.result(Result.failed("stream_p50_ms", "ms", null, why));
            report.result(Result.failed("stream_p99_ms", "ms", null, why));
        } else {
            report.result(Result.of("stream_p50_ms", outcome.p50Ms(), "ms"));
            report.result(Result.of("stream_p99_ms", outcome.p99Ms(), "ms"));
        }
        report.result(Result.of("stream_rss_projection_mb", outcome.rssMb(), "MB"));
    }

    private void query() throws Exception {
        List<String> servicePaths = TimelineQueries.paths("/api/timeline", plan, 4_096);
        List<String> noopPaths = TimelineQueries.paths("/noop/timeline", plan, 4_096);
        // The page as wrk gets it: no Accept-Encoding, so its plain bytes. The ceiling answers that many.
        HttpResponse<byte[]> sample = http.getBytes(settings.projection().resolve(servicePaths.get(0)));
        int entries = sample.statusCode() == 200 ? JSON.readTree(sample.body()).path("entries").size() : -1;
        int pageBytes = sample.body().length;
        report.progress("query sample " + servicePaths.get(0) + ": " + sample.statusCode() + ", " + entries
                + " entries, " + pageBytes + " bytes");
        if (entries < 50) {
            report.note("query: a sample page held " + entries + " entries, not 50 (" + servicePaths.get(0) + ")");
        }
        if (sample.statusCode() != 200) {
            throw new IllegalStateException("the sample page answered " + sample.statusCode());
        }
        List<URI> ceilingApp = List.of(settings.ceiling());
        WrkResult fewBytes = phases.time("query-ceiling", () -> closedGets("query-ceiling", ceilingApp, noopPaths));
        fewBytesGetRate = fewBytes.clean() ? fewBytes.successRate() : null;
        WrkResult ceiling = phases.time("query-page-ceiling", () -> closedGets("query-page-ceiling", ceilingApp,
                List.of("/noop/page?bytes=" + pageBytes)));
        WrkResult service = phases.time("query", () -> closedGets("query", settings.projections(), servicePaths));
        if (!service.clean()) {
            throw new IllegalStateException("queries were not all answered 200: " + service);
        }
        report.note(String.format(Locale.ROOT, "query: pages of %d bytes; the no-op GET of a few bytes answered "
                + "%.0f req/s (p99 %.2f ms), of %d bytes %.0f req/s (p99 %.2f ms); query_rate ÷ the few-bytes one: %s",
                pageBytes, fewBytes.successRate(), fewBytes.p99Ms(), pageBytes, ceiling.successRate(),
                ceiling.p99Ms(), fewBytesGetRate == null ? "none"
                        : String.format(Locale.ROOT, "%.3f", service.successRate() / fewBytesGetRate)));
        boolean ceilingClean = ceiling.clean();
        report.result(Result.rate("query_rate", service.successRate(), "req/s",
                ceilingClean ? ceiling.successRate() : null));
        report.result(Result.latency("query_p99_ms", service.p99Ms(), ceilingClean ? ceiling.p99Ms() : null));
    }

    /**
     * The query phase's pages again, each with If-None-Match set to the ETag it was answered with (per instance, as
     * each instance tags by its own read models), so that each is a 304 while nothing changes. Absent, not failed,
     * when the service tags nothing.
     */
    private void revalidate() throws Exception {
        List<String> paths = TimelineQueries.paths("/api/timeline", plan, 4_096);
        URI first = settings.projection().resolve(paths.get(0));
        if (http.getBytes(first).headers().firstValue("ETag").isEmpty()) {
            report.result(absent("query_revalidate_rate", fewBytesGetRate, "GET " + paths.get(0)
                    + " was answered without an ETag (a projection-service without conditional reads)"));
            return;
        }
        List<URI> urls = resolve(settings.projections(), "/api/timeline");
        List<List<String>> etags = new ArrayList<>();
        for (URI instance : settings.projections()) {
            etags.add(PageTags.of(http, instance, paths));
            probeNotModified(instance, paths.get(0), etags.get(etags.size() - 1).get(0), "before");
        }
        report.progress("query_revalidate: the ETags of " + paths.size() + " pages on " + urls.size()
                + " instance(s), e.g. " + etags.get(0).get(0));
        WrkRun conditional = (run, url, connections) -> wrk.revalidate(run, url, paths, etags.get(urls.indexOf(url)),
                connections, settings.measure());
        WrkRun warmup = (run, url, connections) -> wrk.revalidate(run, url, paths, etags.get(urls.indexOf(url)),
                connections, settings.warmup());
        onEach("query_revalidate-warmup", urls, settings.queryClients(), warmup);
        settle(urls, "GET");
        WrkResult service = phases.time("query_revalidate", () -> onEach("query_revalidate", urls,
                settings.queryClients(), conditional));
        settle(urls, "GET");
        if (!service.clean()) {
            throw new IllegalStateException("conditional queries were not all answered 304: " + service);
        }
        // The tags hold a version of the read models: still 304 at the end means none went stale during the run.
        for (int i = 0; i < settings.projections().size(); i++) {
            probeNotModified(settings.projections().get(i), paths.get(0), etags.get(i).get(0), "after");
        }
        report.result(Result.rate("query_revalidate_rate", service.successRate(), "req/s", fewBytesGetRate));
    }

    private void probeNotModified(URI instance, String path, String etag, String when) throws Exception {
        int status = http.getBytes(instance.resolve(path), "If-None-Match", etag).statusCode();
        if (status != 304) {
            throw new IllegalStateException("GET " + path + " on " + instance + " with If-None-Match " + etag + " "
                    + when + " the run answered " + status + ", not 304");
        }
    }

    private void export() throws Exception {
        long entries = catchUp.await("export");
        ExportRun.Outcome outcome = phases.time("export", () -> new ExportRun(settings.projection(),
                settings.projectionPid()).csv());
        report.progress(String.format(Locale.ROOT, "export: %d, %d CSV records, %.1f MB in %.1f s, first byte after "
                        + "%.1f ms, projection's VmRSS at most %.0f MB", outcome.status(), outcome.records(),
                outcome.bytes() / 1e6, outcome.seconds(), outcome.firstByteMs(), outcome.rssMb()));
        if (outcome.status() != 200) {
            throw new IllegalStateException("GET /api/timeline/export?format=csv answered " + outcome.status());
        }
        report.note(String.format(Locale.ROOT, "export: %d records (a header and %d entries expected), %.1f MB in "
                        + "%.1f s (%.0f entries/s)", outcome.records(), entries, outcome.bytes() / 1e6,
                outcome.seconds(), (outcome.records() - 1) / outcome.seconds()));
        outcome.figures(entries).forEach(report::result);
    }

    private void rebuild() throws Exception {
        long events = catchUp.await("rebuild");
        if (settings.cluster()) {
            // POST /api/admin/replay refuses while another instance is in the consumer group (docs/operations.md).
            report.result(Result.absent("rebuild_rate", "events/s", null, "a replay needs the consumer group to "
                    + "itself: every other projection-service instance stopped (docs/cluster.md)"));
            return;
        }
        DataPlan rows = new DataPlan(plan.shallowFacts(), plan.deepFacts(),
                (int) Math.max(0, events - plan.shallowFacts() - plan.deepFacts()), plan.fillerTracks());
        Double ceiling = null;
        try {
            ceiling = phases.time("rebuild-ceiling", () -> jdbc.readModel(rows, settings.batchSize())).rate();
            report.progress(String.format("read-model JDBC ceiling: %.0f events/s over %d rows", ceiling,
                    rows.total()));
        } catch (Exception e) {
            report.note("rebuild_rate: the JDBC ceiling failed: " + e);
        }
        Rebuild.Outcome outcome = phases.time("rebuild", () -> new Rebuild(http, settings.projection(), report)
                .run(events));
        report.progress(String.format(Locale.ROOT, "rebuild: %d events in %.1f s", outcome.events(),
                outcome.seconds()));
        report.result(Result.rate("rebuild_rate", outcome.rate(), "events/s", ceiling));
    }

    /**
     * Warm-up, then the measured run, of one closed loop of POSTs; after each, the requests wrk left behind are let
     * finish, so that they count in neither the measured run nor the next phase. Against several instances the
     * connections are shared out and each instance has its own wrk, all at once.
     */
    private WrkResult closedLoop(String name, List<URI> urls, List<String> bodies, int clients, Bracket bracket)
            throws Exception {
        onEach(name + "-warmup", urls, clients, (run, url, connections) ->
                wrk.post(run, url, bodies, connections, settings.warmup()));
        settle(urls, "POST");
        bracket.before();
        WrkResult result = onEach(name, urls, clients, (run, url, connections) ->
                wrk.post(run, url, bodies, connections, settings.measure()));
        settle(urls, "POST");
        bracket.after();
        return result;
    }

    private WrkResult closedGets(String name, List<URI> bases, List<String> paths) throws Exception {
        String path = paths.get(0).substring(0, paths.get(0).indexOf('?'));
        List<URI> urls = resolve(bases, path);
        onEach(name + "-warmup", urls, settings.queryClients(), (run, url, connections) ->
                wrk.get(run, url, paths, connections, settings.warmup()));
        settle(urls, "GET");
        WrkResult result = onEach(name, urls, settings.queryClients(), (run, url, connections) ->
                wrk.get(run, url, paths, connections, settings.measure()));
        settle(urls, "GET");
        return result;
    }

    private interface WrkRun {
        WrkResult run(String name, URI url, int connections) throws Exception;
    }

    /** One wrk per instance at the same time, the connections shared out, the results taken together. */
    private static WrkResult onEach(String name, List<URI> urls, int connections, WrkRun wrkRun) throws Exception {
        if (urls.size() == 1) {
            return wrkRun.run(name, urls.get(0), connections);
        }
        ExecutorService runs = Executors.newFixedThreadPool(urls.size());
        try {
            List<Future<WrkResult>> results = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                URI url = urls.get(i);
                String run = name + "-" + (i + 1);
                int share = Math.max(1, connections / urls.size());
                results.add(runs.submit(() -> wrkRun.run(run, url, share)));
            }
            List<WrkResult> each = new ArrayList<>();
            for (Future<WrkResult> result : results) {
                each.add(result.get());
            }
            return WrkResult.together(each);
        } finally {
            runs.shutdownNow();
        }
    }

    private static List<URI> resolve(List<URI> instances, String path) {
        return instances.stream().map(instance -> instance.resolve(path)).toList();
    }

    /** The ceiling app has no metrics, and nothing of it takes long enough to matter. */
    private void settle(List<URI> urls, String method) throws Exception {
        for (URI url : urls) {
            if (!url.getAuthority().equals(settings.ceiling().getAuthority())) {
                inFlight.await(url, method);
            }
        }
    }

    /** When wrk saw answers other than 2xx, says so, with what one such POST is answered now. */
    private void checkAnswers(String figure, WrkResult result, URI url, String body) throws Exception {
        if (result.clean()) {
            return;
        }
        HttpResponse<String> probe = http.post(url, "application/json", body.getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(30));
        report.note(figure + ": " + result.statusErrors() + " answers were not 2xx and " + result.socketErrors()
                + " requests failed; a probe POST now answers " + probe.statusCode() + " "
                + probe.body().replaceAll("\\s+", " "));
        if (result.successes() == 0) {
            throw new IllegalStateException("no POST was accepted");
        }
    }

    private static void memory(Report report, String figure, PeakMemory memory, long pid) {
        double mb = memory.peakMb();
        if (mb < 0) {
            report.result(Result.failed(figure, "MB", null, "could not read /proc/" + pid + "/status"));
        } else {
            report.result(Result.of(figure, mb, "MB"));
        }
    }

    /** Reports every figure the run never got to as failed; 1 if any figure failed, else 0. */
    private static int missingOrFailed(Report report) {
        List<Result> results = report.all();
        int code = 0;
        for (String figure : FIGURES) {
            Result result = results.stream().filter(r -> r.name().equals(figure)).findFirst().orElse(null);
            if (result == null) {
                report.result(Result.failed(figure, UNITS.get(figure), null, "not measured: the run stopped first"));
                code = 1;
            } else if (Result.FAILED.equals(result.value())) {
                code = 1;
            }
        }
        return code;
    }
}
