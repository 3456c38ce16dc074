package io.diplomatictimeline.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One of the services, run from its -exec jar as its own process, the way ./run.sh and production run it. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, int port, List<String> command, Path log) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    static ServiceProcess start(String name, Path jar, int port, Path logs, String... arguments) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m",
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(), "--server.port=" + port));
        String profiles = System.getProperty("spring.profiles.active", "");
        if (!profiles.isBlank()) {
            command.add("--spring.profiles.active=" + profiles);
        }
        command.addAll(List.of(arguments));
        Files.createDirectories(logs);
        ServiceProcess service = new ServiceProcess(name, port, List.copyOf(command), logs.resolve(name + ".log"));
        service.start();
        return service;
    }

    /** Starts the service again, with the same arguments, port and data: as an operator restarts it. */
    void start() {
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed, in-flight requests are cut off. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitHealthy() {
        await(name + " to report UP on /actuator/health")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                // Not listening yet; a process that exited fails at once.
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue());
                    }
                    HttpResponse<String> health = HTTP.send(
                            HttpRequest.newBuilder(uri("/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return health.statusCode() == 200 && health.body().contains("\"UP\"");
                });
    }

    /** The operating system's id of the running process: with the host name, the owner Axon's token store names. */
    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Everything the process wrote, across its restarts. */
    Path log() {
        return log;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGTERM without waiting: the service shuts down in order meanwhile. */
    void terminate() {
        process.destroy();
    }

    void awaitExit() throws InterruptedException {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not stop within 60 s");
        }
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
