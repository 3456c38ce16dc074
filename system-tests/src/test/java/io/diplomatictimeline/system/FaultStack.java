package io.diplomatictimeline.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * A stack of its own for the fault tests, whose every part can be killed and restarted: Kafka's broker and
 * both services as separate processes, with their own data (own H2 files, or own PostgreSQL schemas).
 */
final class FaultStack implements AutoCloseable {

    private final KafkaBrokerProcess broker;
    private final ServiceProcess timeline;
    private final ServiceProcess projection;

    FaultStack() throws IOException, InterruptedException {
        Path work = Path.of("target", "fault-tests", UUID.randomUUID().toString()).toAbsolutePath();
        broker = new KafkaBrokerProcess(work.resolve("kafka")).start();
        String bootstrap = "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers();
        timeline = ServiceProcess.start("timeline-service", Path.of(System.getProperty("timeline.jar")),
                SystemStack.freePort(), work, StackDatabase.withDatabase("timeline", "faults", work, List.of(bootstrap,
                        "--timeline.security.static-tokens[0].client=fault-tests",
                        "--timeline.security.static-tokens[0].sha256=" + SystemStack.WRITE_TOKEN_SHA256,
                        "--timeline.security.static-tokens[0].scopes=events:write")));
        projection = ServiceProcess.start("projection-service", Path.of(System.getProperty("projection.jar")),
                SystemStack.freePort(), work,
                StackDatabase.withDatabase("projection", "faults", work, List.of(bootstrap)));
        timeline.awaitHealthy();
        projection.awaitHealthy();
    }

    KafkaBrokerProcess broker() {
        return broker;
    }

    ServiceProcess timeline() {
        return timeline;
    }

    ServiceProcess projection() {
        return projection;
    }

    @Override
    public void close() {
        timeline.stop();
        projection.stop();
        broker.stop();
    }
}
