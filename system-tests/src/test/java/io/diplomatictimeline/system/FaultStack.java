package io.diplomatictimeline.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
                SystemStack.freePort(), work, withDatabase("timeline", work, List.of(bootstrap,
                        "--timeline.security.static-tokens[0].client=fault-tests",
                        "--timeline.security.static-tokens[0].sha256=" + SystemStack.WRITE_TOKEN_SHA256,
                        "--timeline.security.static-tokens[0].scopes=events:write")));
        projection = ServiceProcess.start("projection-service", Path.of(System.getProperty("projection.jar")),
                SystemStack.freePort(), work, withDatabase("projection", work, List.of(bootstrap)));
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

    /**
     * Own H2 files, or, under the postgres profile, own schemas beside the other stack's, in the database the services'
     * postgres profile names (POSTGRES_DB, default test).
     */
    private static String[] withDatabase(String service, Path work, List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        if (System.getProperty("spring.profiles.active", "").contains("postgres")) {
            String schema = service + "_faults";
            all.add("--spring.datasource.url=jdbc:postgresql://" + env("POSTGRES_HOST", "127.0.0.1") + ":"
                    + env("POSTGRES_PORT", "5432") + "/" + env("POSTGRES_DB", "test") + "?currentSchema=" + schema);
            all.add("--spring.flyway.schemas=" + schema);
        } else {
            all.add("--" + service + ".data-dir=" + work.resolve(service));
        }
        return all.toArray(String[]::new);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        timeline.stop();
        projection.stop();
        broker.stop();
    }
}
