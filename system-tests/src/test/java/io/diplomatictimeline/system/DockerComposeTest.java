package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml is checked by reading it: its images,
 * ports, jars and variables must agree with what the services are built and configured with.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root"));
    /** Variables the services read through Spring's own names rather than their application.yml. */
    private static final List<String> READ_BY_SPRING_OR_AXON = List.of("SPRING_PROFILES_ACTIVE",
            "AXONIQ_UPDATE_CHECKER_DISABLED", "MALLOC_ARENA_MAX"); // the last by glibc

    private static final String STATIC_TOKENS = "TIMELINE_SECURITY_STATICTOKENS_";

    private final Map<String, Map<String, Object>> services = services();

    @Test
    void kafkaRunsTheBrokerVersionOfTheClientsTheServicesAreBuiltWith() {
        assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        assertThat(ports("kafka")).contains("9092:9092");
    }

    @Test
    void postgresIsTheMajorVersionTheTestsRunOn() {
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:15");
    }

    @ParameterizedTest(name = "{0} on port {1}")
    @CsvSource({"timeline-service, 8081", "projection-service, 8082"})
    @SuppressWarnings("unchecked")
    void eachServiceRunsItsBuiltJarOnItsPortWithVariablesItsConfigurationReads(String service, int port)
            throws IOException {
        Map<String, Object> definition = services.get(service);
        String applicationYml = Files.readString(ROOT.resolve(service + "/src/main/resources/application.yml"));
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) definition.get("environment");

        assertThat(ports(service)).containsExactly(port + ":" + port);
        assertThat(applicationYml).contains("${PORT:" + port + "}");
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
    private static Map<String, Map<String, Object>> services() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
