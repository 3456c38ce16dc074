package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellExamplesTest {

    private static final String PAGE = """
            # A page

            ```sh
            ./run.sh        # the whole stack
            ./mvnw verify   # the tests
            ```

            Text between blocks, and a block of another language:

            ```json
            {"not": "run"}
            ```

            ```sh
            curl -i localhost:8081/api/events -d '{
              "title": "a fact"
            }'   # → 201 Created
            curl 'localhost:8082/api/timeline?track=t'
            # → 404 when there is none
            ```
            """;

    private HttpServer server;

    @TempDir
    Path work;

    @BeforeEach
    void startAServerThatAnswersWithTheStatusInItsPath() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = path.endsWith("digest") ? 200 : Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            byte[] body = "{\"facts\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopIt() {
        server.stop(0);
    }

    @Test
    void onlyTheShBlocksAreTakenInTheirOrder() {
        ShellExamples examples = ShellExamples.of(PAGE);

        assertThat(examples.blocks()).extracting(ShellExamples.Block::line).containsExactly(3, 14);
        assertThat(examples.blocks().get(1).commands()).hasSize(5);
    }

    @Test
    void promisesBecomeChecksAndDefaultPortsBecomeTheRunsPorts() {
        String script = ShellExamples.of(PAGE).script("page.md", Map.of(8081, 1001, 8082, 1002, 9092, 1003));

        assertThat(script)
                .contains(": # ./run.sh: the stack these examples run against was started with it")
                .contains(": # ./mvnw verify: this test is part of it")
                .contains("curl -i localhost:1001/api/events -d '{")
                .contains("}' ; docs_expect 201")
                .contains("curl 'localhost:1002/api/timeline?track=t'\ndocs_expect 404")
                .doesNotContain("8081", "8082");
    }

    @Test
    void anAnswerThatKeepsItsPromisePasses() throws Exception {
        assertThat(run("curl -s localhost:8081/api/200\ncurl -s localhost:8081/api/409   # → 409\n")).isZero();
    }

    @Test
    void anUnpromisedRefusalFailsTheExamples() throws Exception {
        assertThat(run("curl -s localhost:8081/api/404\necho after\n")).isNotZero();
    }

    @Test
    void anotherAnswerThanThePromisedOneFailsTheExamples() throws Exception {
        assertThat(run("curl -s localhost:8081/api/201   # → 409\n")).isNotZero();
    }

    @Test
    void anUnpromisedRefusalFoundInAPipelineFailsTheExamples() throws Exception {
        assertThat(run("curl -s localhost:8081/api/404\ncurl -s localhost:8081/api/200 | cat\necho after\n"))
                .isNotZero();
    }

    @Test
    void aRefusalAtTheEndOfABlockFailsTheExamples() throws Exception {
        assertThat(run("curl -s localhost:8081/api/500\n")).isNotZero();
    }

    private int run(String commands) throws Exception {
        int port = server.getAddress().getPort();
        String prelude = new String(getClass().getResourceAsStream("/docs/examples-prelude.sh").readAllBytes(),
                StandardCharsets.UTF_8);
        String script = prelude + ShellExamples.of("```sh\n" + commands + "```\n")
                .script("test.md", Map.of(8081, port, 8082, port, 9092, port));
        Path file = Files.writeString(work.resolve("examples.sh"), script);
        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).inheritIO();
        bash.environment().put("DOCS_TIMELINE_PORT", String.valueOf(port));
        bash.environment().put("DOCS_PROJECTION_PORT", String.valueOf(port));
        return bash.start().waitFor();
    }
}
