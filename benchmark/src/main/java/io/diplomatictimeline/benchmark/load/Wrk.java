package io.diplomatictimeline.benchmark.load;

import io.diplomatictimeline.benchmark.report.Report;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Closed loops of HTTP requests through wrk (Debian's package; benchmark/run.sh installs it): a fixed number of
 * keep-alive connections, each sending its next request as soon as the last is answered. wrk is used because on two
 * cores the load generator competes with the server for CPU: driving the no-op POST, wrk got about three times the
 * requests per second that the JDK's HTTP client got from 32 threads, so with it the ratios measure the service
 * rather than the client.
 *
 * <p>Each run gets a generated Lua script holding its requests ready-made (bodies or paths, cycled through), so that
 * making a request costs wrk nothing but a table lookup.
 */
public final class Wrk {

    private final String executable;
    private final Path scripts;
    private final String token;
    private final Report report;

    public Wrk(String executable, Path outDir, String token, Report report) throws IOException {
        this.executable = executable;
        this.scripts = Files.createDirectories(outDir.resolve("wrk"));
        this.token = token;
        this.report = report;
    }

    /** POSTs of the given JSON bodies to one URL. */
    public WrkResult post(String name, URI url, List<String> bodies, int connections, Duration duration)
            throws IOException, InterruptedException {
        return run(name, url, "POST", bodies, connections, duration);
    }

    /** GETs of the given paths (with their query strings) on the URL's host. */
    public WrkResult get(String name, URI url, List<String> paths, int connections, Duration duration)
            throws IOException, InterruptedException {
        return run(name, url, "GET", paths, connections, duration);
    }

    /**
     * Conditional GETs: each path with {@code If-None-Match} set to its own tag (the ETag its last answer carried), so
     * that an unchanged answer is a 304. wrk counts 304s as answered, as it does 2xx.
     */
    public WrkResult revalidate(String name, URI url, List<String> paths, List<String> etags, int connections,
                                Duration duration) throws IOException, InterruptedException {
        if (paths.size() != etags.size()) {
            throw new IllegalArgumentException(paths.size() + " paths but " + etags.size() + " tags");
        }
        return run(name, url, "GET", paths, etags, connections, duration);
    }

    private WrkResult run(String name, URI url, String method, List<String> items, int connections,
                          Duration duration) throws IOException, InterruptedException {
        return run(name, url, method, items, null, connections, duration);
    }

    private WrkResult run(String name, URI url, String method, List<String> items, List<String> etags,
                          int connections, Duration duration) throws IOException, InterruptedException {
        Path script = scripts.resolve(name + ".lua");
        Files.writeString(script, script(method, url.getRawPath(), items, etags), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-------"));
        int threads = Math.min(2, connections);
        List<String> command = List.of(executable, "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "30s", "-s", script.toString(), url.toString());
        report.progress("wrk " + name + ": " + connections + " connections for " + duration.toSeconds() + " s");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        }
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk " + name + " did not finish");
        }
        Files.write(scripts.resolve(name + ".out"), output, StandardCharsets.UTF_8);
        for (String line : output) {
            if (line.startsWith("WRK_RESULT ")) {
                WrkResult result = WrkResult.parse(line);
                report.progress("wrk " + name + ": " + result);
                return result;
            }
        }
        throw new IOException("wrk " + name + " exited " + process.exitValue() + " without a result: " + output);
    }

    /** @param etags null, or for each GET item the If-None-Match it is sent with */
    String script(String method, String path, List<String> items, List<String> etags) {
        StringBuilder lua = new StringBuilder("-- Generated by the benchmark driver for one wrk run.\n");
        lua.append("local method = \"").append(method).append("\"\n");
        lua.append("local path = ").append(longString(path)).append("\n");
        lua.append("local headers = {[\"Content-Type\"] = \"application/json\", [\"Authorization\"] = ")
                .append(longString("Bearer " + token)).append("}\n");
        lua.append("local items = {\n");
        for (String item : items) {
            lua.append(longString(item)).append(",\n");
        }
        lua.append("}\n");
        lua.append("local etags = {\n");
        for (String etag : etags == null ? List.<String>of() : etags) {
            lua.append(longString(etag)).append(",\n");
        }
        lua.append("}\n");
        lua.append("""
                local requests = {}
                local next_index = 0
                local threads = {}

                function setup(thread)
                  table.insert(threads, thread)
                  thread:set("thread_number", #threads)
                end

                function init(args)
                  for i, item in ipairs(items) do
                    if method == "POST" then
                      requests[i] = wrk.format("POST", path, headers, item)
                    else
                      -- Reads are public: no token, so the services spend nothing on authentication.
                      local get_headers = {}
                      if etags[i] then
                        get_headers["If-None-Match"] = etags[i]
                      end
                      requests[i] = wrk.format("GET", item, get_headers, nil)
                    end
                  end
                  -- Threads start at different places in the list.
                  next_index = thread_number * 7919
                end

                function request()
                  next_index = next_index + 1
                  return requests[(next_index % #requests) + 1]
                end

                function done(summary, latency, requests)
                  io.write(string.format(
                    "WRK_RESULT requests=%d duration_us=%d status=%d connect=%d read=%d write=%d timeout=%d p50_us=%d p99_us=%d\\n",
                    summary.requests, summary.duration, summary.errors.status, summary.errors.connect,
                    summary.errors.read, summary.errors.write, summary.errors.timeout,
                    math.floor(latency:percentile(50.0)), math.floor(latency:percentile(99.0))))
                end
                """);
        return lua.toString();
    }

    /** A Lua long string: nothing inside it is interpreted, and JSON never holds its closing bracket. */
    private static String longString(String text) {
        if (text.contains("]==]")) {
            throw new IllegalArgumentException("cannot quote " + text);
        }
        return "[==[" + text + "]==]";
    }
}
