package io.diplomatictimeline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Both services as separate processes, sharing one real KRaft broker (Kafka's own server code, in the test
 * JVM). One stack serves every system test. The services start first, pointed at a port where no broker
 * listens yet, so the first test can show what happens when Kafka is down; {@link #brokerUp()} starts it.
 */
final class SystemStack {

    static final String TOPIC = "diplomatic-timeline.events";
    /** The writer's token; timeline-service is given only its SHA-256, as ./run.sh gives it the dev token's. */
    static final String WRITE_TOKEN = "system-test-writer-token";
    static final String WRITE_TOKEN_SHA256 = "5f95469b4e8034245a4d38fbef4c8e83003719d4160eda68ee2c3272e4d22e42";

    private static SystemStack instance;

    private final int brokerPort = freePort();
    private final ServiceProcess timeline;
    private final ServiceProcess projection;
    private EmbeddedKafkaKraftBroker broker;

    private SystemStack() throws IOException {
        Path work = Path.of("target", "system-tests", UUID.randomUUID().toString()).toAbsolutePath();
        String bootstrap = "--spring.kafka.bootstrap-servers=127.0.0.1:" + brokerPort;
        timeline = ServiceProcess.start("timeline-service", Path.of(System.getProperty("timeline.jar")), freePort(),
                work, StackDatabase.withDatabase("timeline", "system", work, List.of(bootstrap,
                        "--timeline.security.static-tokens[0].client=system-tests",
                        "--timeline.security.static-tokens[0].sha256=" + WRITE_TOKEN_SHA256,
                        "--timeline.security.static-tokens[0].scopes=events:write")));
        projection = ServiceProcess.start("projection-service", Path.of(System.getProperty("projection.jar")),
                freePort(), work, StackDatabase.withDatabase("projection", "system", work, List.of(bootstrap)));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        timeline.awaitHealthy();
        projection.awaitHealthy();
    }

    static synchronized SystemStack get() {
        if (instance == null) {
            try {
                instance = new SystemStack();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Starts the broker on the port the services were given, if it is not running yet. */
    synchronized SystemStack brokerUp() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
            // kafkaPorts() is ignored in KRaft mode; Kafka's test kit takes a listeners setting as given.
            broker.brokerProperty("listeners", "EXTERNAL://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:0");
            broker.afterPropertiesSet();
        }
        return this;
    }

    boolean isBrokerUp() {
        return broker != null;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    ServiceProcess timeline() {
        return timeline;
    }

    ServiceProcess projection() {
        return projection;
    }

    private void stop() {
        timeline.stop();
        projection.stop();
        if (broker != null) {
            broker.destroy();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
