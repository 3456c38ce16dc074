package io.diplomatictimeline.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * Apache Kafka's own broker (KRaft, the same main class ./run.sh starts) as a separate process, for the fault
 * tests that must kill it outright and bring it back on the same port with the same log: something the
 * in-JVM embedded broker cannot do.
 */
final class KafkaBrokerProcess {

    private final Path directory;
    private final int port = freePort();
    private final int controllerPort = freePort();
    private Process process;

    KafkaBrokerProcess(Path directory) throws IOException, InterruptedException {
        this.directory = Files.createDirectories(directory);
        Files.writeString(directory.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + directory.resolve("log"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0", ""));
        run("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", directory.resolve("server.properties").toString()).waitFor();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    KafkaBrokerProcess start() {
        process = run("kafka.Kafka", directory.resolve("server.properties").toString());
        // A restart after kill -9 recovers its log first; on a loaded 2-core machine that has taken over a minute.
        await("Kafka listening on " + port).atMost(Duration.ofMinutes(3)).until(this::listening);
        return this;
    }

    /** kill -9: no shutdown hook, no flush, like a machine losing power. */
    void kill() {
        process.destroyForcibly();
        await("Kafka gone from " + port).atMost(Duration.ofSeconds(30)).until(() -> !listening());
    }

    void stop() {
        if (process != null) {
            process.destroy();
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Process run(String mainClass, String... arguments) {
        try {
            var command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
            command.addAll(List.of(arguments));
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
