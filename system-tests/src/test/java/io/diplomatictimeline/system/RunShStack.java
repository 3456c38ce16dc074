package io.diplomatictimeline.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The stack exactly as a newcomer starts it, with {@code ./run.sh} from the project's root (seeds loaded), on free
 * ports and a data directory of its own so that it never meets a developer's.
 */
final class RunShStack implements AutoCloseable {

    private static final String READY = "Diplomatic Timeline is running";

    private final Path root;
    private final Path data;
    private final Map<Integer, Integer> ports;
    private final Path output;
    private final Process process;

    RunShStack(Path root, Path work) throws IOException {
        this.root = root;
        this.data = Files.createDirectories(work.resolve("stack"));
        this.output = work.resolve("run.sh.log");
        this.ports = Map.of(8081, SystemStack.freePort(), 8082, SystemStack.freePort(), 9092, SystemStack.freePort());
        ProcessBuilder builder = new ProcessBuilder("./run.sh")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(Map.of(
                "DATA_DIR", data.toString(),
                "TIMELINE_PORT", String.valueOf(ports.get(8081)),
                "PROJECTION_PORT", String.valueOf(ports.get(8082)),
                "KAFKA_PORT", String.valueOf(ports.get(9092)),
                "KAFKA_CONTROLLER_PORT", String.valueOf(SystemStack.freePort())));
        process = builder.start();
        await("./run.sh to say the stack is running (see " + output + ")")
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("./run.sh exited with " + process.exitValue() + ":\n" + log());
                    }
                    return log().contains(READY);
                });
    }

    /** The port each of the docs' default ports (8081, 8082, 9092) is served on here. */
    Map<Integer, Integer> ports() {
        return ports;
    }

    Path data() {
        return data;
    }

    Path root() {
        return root;
    }

    String log() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as Ctrl-C: ./run.sh stops the services and the broker itself. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
