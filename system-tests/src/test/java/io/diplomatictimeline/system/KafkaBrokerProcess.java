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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;

/**
 * Apache Kafka's own broker (KRaft, the same main class ./run.sh starts) as a separate process, for the fault
 * tests that must kill it outright and bring it back on the same port with the same log: something the
 * in-JVM embedded broker cannot do. One broker alone, or one of a cluster of three (./run.sh --cluster's settings:
 * every topic on each broker, two in sync).
 */
final class KafkaBrokerProcess {

    private final Path directory;
    private final int port;
    private Process process;

    private KafkaBrokerProcess(Path directory, int nodeId, int port, int controllerPort, String voters, int replicas,
                               String clusterId) throws IOException, InterruptedException {
        this.directory = Files.createDirectories(directory);
        this.port = port;
        int inSync = (replicas + 1) / 2;
        Files.writeString(directory.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + nodeId,
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + directory.resolve("log"),
                "num.partitions=3",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + inSync,
                "offsets.topic.replication.factor=" + replicas,
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + inSync,
                "group.initial.rebalance.delay.ms=0", ""));
        run("kafka.tools.StorageTool", "format", "-t", clusterId,
                "-c", directory.resolve("server.properties").toString()).waitFor();
    }

    /** One broker, its own controller. */
    KafkaBrokerProcess(Path directory) throws IOException, InterruptedException {
        this(directory, 1, freePort(), freePort(), 1, Uuid.randomUuid().toString());
    }

    private KafkaBrokerProcess(Path directory, int nodeId, int port, int controllerPort, int replicas, String clusterId)
            throws IOException, InterruptedException {
        this(directory, nodeId, port, controllerPort, nodeId + "@127.0.0.1:" + controllerPort, replicas, clusterId);
    }

    /** {@code size} brokers, each a controller too, in one quorum; not started yet. */
    static List<KafkaBrokerProcess> cluster(Path directory, int size) throws IOException, InterruptedException {
        List<Integer> ports = IntStream.range(0, size).mapToObj(n -> freePort()).toList();
        List<Integer> controllers = IntStream.range(0, size).mapToObj(n -> freePort()).toList();
        String voters = IntStream.range(0, size).mapToObj(n -> (n + 1) + "@127.0.0.1:" + controllers.get(n))
                .collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<KafkaBrokerProcess> brokers = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            brokers.add(new KafkaBrokerProcess(directory.resolve("kafka-" + (n + 1)), n + 1, ports.get(n),
                    controllers.get(n), voters, Math.min(size, 3), clusterId));
        }
        return brokers;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the process; {@link #awaitListening()} waits for it. */
    KafkaBrokerProcess launch() {
        process = run("kafka.Kafka", directory.resolve("server.properties").toString());
        return this;
    }

    KafkaBrokerProcess start() {
        return launch().awaitListening();
    }

    KafkaBrokerProcess awaitListening() {
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
            var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
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
