package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shell example of the README and of docs/api.md, run in order against a stack started by ./run.sh as a
 * newcomer starts it: each command must exit 0 and each HTTP answer must be the one the text promises, so the docs
 * cannot drift from the code. Each page runs in a shell of its own from a folder where {@code data/} is the stack's
 * data directory, as it is in the project's root.
 */
class DocsExamplesIT {

    private static RunShStack stack;
    private static Path work;
    private static Path shell;

    @BeforeAll
    static void startTheStackAsTheReadmeSays() throws IOException {
        work = Path.of("target", "docs-examples", UUID.randomUUID().toString()).toAbsolutePath();
        stack = new RunShStack(Path.of(System.getProperty("project.root")).toAbsolutePath().normalize(),
                Files.createDirectories(work));
        shell = Files.createDirectories(work.resolve("shell"));
        Files.createSymbolicLink(shell.resolve("data"), stack.data());
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        if (stack != null) {
            stack.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/api.md"})
    void everyExampleRunsAndAnswersAsTheTextPromises(String page) throws Exception {
        ShellExamples examples = ShellExamples.of(Files.readString(stack.root().resolve(page)));
        assertThat(examples.blocks()).as("sh blocks in " + page).isNotEmpty();
        Path script = work.resolve(page.replace('/', '-') + ".sh");
        String prelude = new String(getClass().getResourceAsStream("/docs/examples-prelude.sh").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(script, prelude + examples.script(page, stack.ports()));
        Path output = work.resolve(page.replace('/', '-') + ".out");

        ProcessBuilder bash = new ProcessBuilder("bash", script.toString())
                .directory(shell.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        bash.environment().put("DOCS_TIMELINE_PORT", String.valueOf(stack.ports().get(8081)));
        bash.environment().put("DOCS_PROJECTION_PORT", String.valueOf(stack.ports().get(8082)));
        Process run = bash.start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }

        assertThat(finished).as("the examples of " + page + " finished within 10 minutes").isTrue();
        assertThat(run.exitValue()).as("the examples of %s (script %s) exited with 0; their output:%n%s",
                page, script, Files.readString(output)).isZero();
    }
}
