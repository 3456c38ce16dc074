package io.diplomatictimeline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The shape of ./run.sh --cluster, every part a process of its own that can be killed and restarted: three KRaft
 * brokers, two timeline-service and two projection-service instances, all on one PostgreSQL database. The database
 * is the test's own ({@code CLUSTER_TESTS_DB}, default {@code cluster_tests}, made when missing), at
 * {@code POSTGRES_HOST}, {@code POSTGRES_PORT}, {@code POSTGRES_USER}, {@code POSTGRES_PASSWORD} (defaults 127.0.0.1,
 * 5432, postgres, none); its schemas are dropped at start, as a new deployment has none. One stack serves every
 * cluster test.
 */
final class ClusterStack {

    static final String LIMITED_TOKEN = "cluster-tests-limited-token";
    /** A client allowed 4 writes at once and one more an hour: its fifth write, on any instance, is refused. */
    static final int LIMITED_BURST = 4;
    static final String PROJECTION_GROUP = "projection-service";

    private static final String HOST = env("POSTGRES_HOST", "127.0.0.1");
    private static final String PORT = env("POSTGRES_PORT", "5432");
    private static final String USER = env("POSTGRES_USER", "postgres");
    private static final String PASSWORD = env("POSTGRES_PASSWORD", "");
    static final String DATABASE = env("CLUSTER_TESTS_DB", "cluster_tests");

    private static ClusterStack instance;
    private static RuntimeException failedToStart;

    private final List<KafkaBrokerProcess> brokers;
    private final List<ServiceProcess> timelines = new ArrayList<>();
    private final List<ServiceProcess> projections = new ArrayList<>();

    private ClusterStack() throws IOException, InterruptedException, SQLException {
        Path work = Path.of("target", "cluster-tests", UUID.randomUUID().toString()).toAbsolutePath();
        createFreshDatabase();
        brokers = KafkaBrokerProcess.cluster(work, 3);
        brokers.forEach(KafkaBrokerProcess::launch);
        brokers.forEach(KafkaBrokerProcess::awaitListening);
        String bootstrap = "--spring.kafka.bootstrap-servers=" + bootstrapServers();
        // Six connections an instance rather than ten: the machine's PostgreSQL (100 connections) is shared.
        String pool = "--spring.datasource.hikari.maximum-pool-size=6";
        for (int n = 1; n <= 2; n++) {
            timelines.add(ServiceProcess.start("timeline-service-" + n, Path.of(System.getProperty("timeline.jar")),
                    SystemStack.freePort(), work, withFormat(n, List.of(bootstrap, pool, "--spring.profiles.active=postgres",
                            "--spring.datasource.url=" + url("timeline"),
                            "--timeline.kafka.replicas=3", "--timeline.kafka.min-insync-replicas=2",
                            "--timeline.security.static-tokens[0].client=cluster-tests",
                            "--timeline.security.static-tokens[0].sha256=" + SystemStack.WRITE_TOKEN_SHA256,
                            "--timeline.security.static-tokens[0].scopes=events:write",
                            "--timeline.security.static-tokens[1].client=limited",
                            "--timeline.security.static-tokens[1].sha256=" + sha256(LIMITED_TOKEN),
                            "--timeline.security.static-tokens[1].scopes=events:write",
                            "--timeline.limits.rate.clients.limited.writes=1",
                            "--timeline.limits.rate.clients.limited.per=1h",
                            "--timeline.limits.rate.clients.limited.burst=" + LIMITED_BURST,
                            // A key left in flight by a killed instance is taken over after 10 s instead of a minute,
                            // so that the clients' retries do not make each fault last a minute.
                            "--timeline.idempotency.in-flight-timeout=10s"))));
        }
        for (int n = 1; n <= 2; n++) {
            projections.add(ServiceProcess.start("projection-service-" + n,
                    Path.of(System.getProperty("projection.jar")), SystemStack.freePort(), work,
                    withFormat(n, List.of(bootstrap, pool, "--spring.profiles.active=postgres",
                            "--spring.datasource.url=" + url("projection"),
                            "--projection.dead-letter.replicas=3",
                            // A line for every fact taken in, with the trace id of the request that recorded it.
                            "--logging.level.io.diplomatictimeline.projection.consumption.FactRecordListener=debug"))));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            timelines.forEach(ServiceProcess::awaitHealthy);
            projections.forEach(ServiceProcess::awaitHealthy);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** The one stack; if it could not start, every test says why at once rather than start another. */
    static synchronized ClusterStack get() {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (instance == null) {
            try {
                instance = new ClusterStack();
            } catch (IOException e) {
                failedToStart = new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failedToStart = new IllegalStateException(e);
            } catch (SQLException e) {
                failedToStart = new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " as " + USER, e);
            } catch (RuntimeException e) {
                failedToStart = e;
            }
            if (failedToStart != null) {
                throw failedToStart;
            }
        }
        return instance;
    }

    /** The second instance of each service logs ECS JSON lines (LOG_FORMAT=ecs); the first, plain text. */
    private static String[] withFormat(int instance, List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        if (instance == 2) {
            all.add("--logging.structured.format.console=ecs");
        }
        return all.toArray(String[]::new);
    }

    List<KafkaBrokerProcess> brokers() {
        return brokers;
    }

    String bootstrapServers() {
        return brokers.stream().map(KafkaBrokerProcess::bootstrapServers).collect(Collectors.joining(","));
    }

    List<ServiceProcess> timelines() {
        return timelines;
    }

    List<ServiceProcess> projections() {
        return projections;
    }

    /** A connection to the cluster's database, its schemas timeline and projection. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(jdbc(DATABASE), USER, PASSWORD);
    }

    private static void createFreshDatabase() throws SQLException {
        try (Connection postgres = DriverManager.getConnection(jdbc("postgres"), USER, PASSWORD);
             var exists = postgres.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                postgres.createStatement().execute("CREATE DATABASE \"" + DATABASE + "\"");
            }
        }
        try (Connection database = database()) {
            database.createStatement().execute("DROP SCHEMA IF EXISTS timeline CASCADE");
            database.createStatement().execute("DROP SCHEMA IF EXISTS projection CASCADE");
        }
    }

    private static String url(String schema) {
        return jdbc(DATABASE) + "?currentSchema=" + schema;
    }

    private static String jdbc(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        return Objects.requireNonNullElse(System.getenv(name), fallback);
    }

    private void stop() {
        timelines.forEach(ServiceProcess::stop);
        projections.forEach(ServiceProcess::stop);
        brokers.forEach(KafkaBrokerProcess::stop);
    }
}
