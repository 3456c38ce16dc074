package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml is checked by reading it: the cluster's shape
 * (three brokers, two instances of each service, PostgreSQL), and its images, ports, jars, variables and topic
 * settings against what the services are built and configured with, and against ./run.sh --cluster.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root"));
    /** Variables the services read through Spring's own names rather than their application.yml. */
    private static final List<String> READ_BY_SPRING_OR_AXON = List.of("SPRING_PROFILES_ACTIVE",
            "AXONIQ_UPDATE_CHECKER_DISABLED", "MALLOC_ARENA_MAX"); // the last by glibc
    private static final String STATIC_TOKENS = "TIMELINE_SECURITY_STATICTOKENS_";
    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");

    private final Map<String, Map<String, Object>> services = services();

    @Test
    void theClusterIsThreeBrokersTwoInstancesOfEachServiceAndPostgres() {
        assertThat(services).containsOnlyKeys("kafka-1", "kafka-2", "kafka-3", "postgres", "timeline-service-1",
                "timeline-service-2", "projection-service-1", "projection-service-2");
    }

    @Test
    void eachBrokerRunsTheVersionOfTheClientsOnTheHostPortsOfRunShCluster() throws IOException {
        String runSh = Files.readString(ROOT.resolve("run.sh"));
        assertThat(runSh).contains("KAFKA_PORTS:-9092 9094 9096", "TIMELINE_PORTS:-8081 8083",
                "PROJECTION_PORTS:-8082 8084");
        List<Integer> ports = List.of(9092, 9094, 9096);
        for (int n = 0; n < BROKERS.size(); n++) {
            String broker = BROKERS.get(n);
            Map<String, Object> environment = environment(broker);
            assertThat(services.get(broker).get("image")).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
            assertThat(ports(broker)).containsExactly(ports.get(n) + ":" + ports.get(n));
            assertThat(environment.get("KAFKA_NODE_ID")).isEqualTo(n + 1);
            assertThat(environment.get("KAFKA_LISTENERS").toString()).contains("EXTERNAL://:" + ports.get(n));
            assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS").toString())
                    .contains("INTERNAL://" + broker + ":29092", "EXTERNAL://127.0.0.1:" + ports.get(n));
        }
    }

    @Test
    void theBrokersFormOneQuorumAndKeepEveryTopicOnAllThreeWithTwoInSync() {
        String voters = String.join(",", IntStream.range(0, BROKERS.size())
                .mapToObj(n -> (n + 1) + "@" + BROKERS.get(n) + ":9093").toList());
        for (String broker : BROKERS) {
            Map<String, Object> environment = environment(broker);
            assertThat(environment).containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", voters)
                    .containsEntry("CLUSTER_ID", environment("kafka-1").get("CLUSTER_ID"))
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", 2)
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", 2)
                    .containsEntry("KAFKA_LOG_RETENTION_MS", -1);
        }
    }

    @Test
    void timelineServiceCreatesTheFactTopicReplicatedAndPublishesIdempotentlyWithAcksAll() throws IOException {
        Map<String, Object> timeline = applicationYml("timeline-service");
        assertThat(value(timeline, "timeline.kafka.replicas")).isEqualTo("${TIMELINE_TOPIC_REPLICAS:1}");
        assertThat(value(timeline, "timeline.kafka.min-insync-replicas"))
                .isEqualTo("${TIMELINE_TOPIC_MIN_INSYNC_REPLICAS:1}");
        assertThat(value(timeline, "spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(value(timeline, "spring.kafka.producer.properties.enable.idempotence")).isEqualTo(true);
        for (String instance : List.of("timeline-service-1", "timeline-service-2")) {
            assertThat(environment(instance)).containsEntry("TIMELINE_TOPIC_REPLICAS", BROKERS.size())
                    .containsEntry("TIMELINE_TOPIC_MIN_INSYNC_REPLICAS", environment("kafka-1").get("KAFKA_MIN_INSYNC_REPLICAS"));
        }
        for (String instance : List.of("projection-service-1", "projection-service-2")) {
            assertThat(environment(instance)).containsEntry("PROJECTION_DLT_REPLICAS", BROKERS.size());
        }
    }

    @Test
    void everyInstanceUsesAllThreeBrokersAndTheOneDatabase() {
        String bootstrap = String.join(",", BROKERS.stream().map(broker -> broker + ":29092").toList());
        Map<String, Object> postgres = environment("postgres");
        for (String instance : List.of("timeline-service-1", "timeline-service-2", "projection-service-1",
                "projection-service-2")) {
            assertThat(environment(instance)).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap)
                    .containsEntry("POSTGRES_HOST", "postgres")
                    .containsEntry("POSTGRES_DB", postgres.get("POSTGRES_DB"))
                    .containsEntry("POSTGRES_USER", postgres.get("POSTGRES_USER"))
                    .containsEntry("POSTGRES_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
        }
    }

    @Test
    void postgresIsTheMajorVersionTheTestsRunOn() {
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:15");
    }

    @ParameterizedTest(name = "{0} on port {2}")
    @CsvSource({"timeline-service-1, timeline-service, 8081", "timeline-service-2, timeline-service, 8083",
            "projection-service-1, projection-service, 8082", "projection-service-2, projection-service, 8084"})
    @SuppressWarnings("unchecked")
    void eachInstanceRunsItsBuiltJarOnItsPortWithVariablesItsConfigurationReads(String instance, String service,
                                                                              int port) throws IOException {
        Map<String, Object> definition = services.get(instance);
        String applicationYml = Files.readString(ROOT.resolve(service + "/src/main/resources/application.yml"));
        Map<String, Object> environment = environment(instance);

        assertThat(ports(instance)).containsExactly(port + ":" + port);
        assertThat(applicationYml).contains("${PORT:");
        assertThat(String.valueOf(environment.get("PORT"))).isEqualTo(String.valueOf(port));
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        environment.keySet().stream()
                .filter(name -> !READ_BY_SPRING_OR_AXON.contains(name) && !name.startsWith(STATIC_TOKENS))
                .forEach(name -> assertThat(applicationYml).as("%s reads %s", service, name).contains("${" + name + ":"));
        // Tokens bind by Spring's relaxed names (timeline.security.static-tokens[0].sha256), never in plain text.
        assertThat(environment).containsKeys(STATIC_TOKENS + "0_CLIENT", STATIC_TOKENS + "0_SHA256", STATIC_TOKENS + "0_SCOPES");
        assertThat(String.valueOf(environment.get(STATIC_TOKENS + "0_SHA256"))).startsWith("${").contains(":?");
        assertThat(applicationYml).contains("static-tokens");
        assertThat((List<?>) definition.get("volumes")).anySatisfy(volume -> assertThat(volume.toString())
                .startsWith("./" + service + "/target/" + service + "-" + System.getProperty("project.version")
                        + "-exec.jar:"));
        // The same JVM options as ./run.sh, from the same file.
        assertThat((List<Object>) definition.get("volumes")).contains("./service-jvm.options:/app/service-jvm.options:ro");
        assertThat((List<Object>) definition.get("command")).containsExactly("java", "@/app/service-jvm.options", "-jar",
                "/app/service.jar");
        assertThat(Files.readString(ROOT.resolve("run.sh"))).contains("java @service-jvm.options");
        // A service that exits (service-jvm.options makes it exit when out of heap) is started again.
        assertThat(definition.get("restart")).isEqualTo("on-failure");
        assertThat(String.valueOf(environment.get("MALLOC_ARENA_MAX"))).isEqualTo("2");
    }

    @SuppressWarnings("unchecked")
    private List<String> ports(String service) {
        return (List<String>) services.get(service).get("ports");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    /** A dotted key of a YAML document, keys with dots in them (Kafka's properties) included. */
    @SuppressWarnings("unchecked")
    private static Object value(Map<String, Object> yaml, String key) {
        Map<String, Object> level = yaml;
        String rest = key;
        while (!level.containsKey(rest)) {
            int dot = rest.indexOf('.');
            assertThat(dot).as("%s in the YAML document", key).isPositive();
            level = (Map<String, Object>) level.get(rest.substring(0, dot));
            assertThat(level).as("%s in the YAML document", key).isNotNull();
            rest = rest.substring(dot + 1);
        }
        return level.get(rest);
    }

    /** The service's application.yml, its first document (the defaults, before any profile). */
    private static Map<String, Object> applicationYml(String service) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service + "/src/main/resources/application.yml"))) {
            return new Yaml().loadAll(reader).iterator().next() instanceof Map<?, ?> map
                    ? castMap(map) : Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
