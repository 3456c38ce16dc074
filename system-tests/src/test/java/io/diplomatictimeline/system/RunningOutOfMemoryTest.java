package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A service that runs out of heap must stop rather than serve errors until someone notices: when an
 * OutOfMemoryError is thrown in one of its threads the JVM otherwise lives on, and H2 closes its database on the
 * error, so every later request fails. Both services run with service-jvm.options, here on a heap small enough to
 * run out, in a process whose heap is used up by a worker thread while its main thread waits, as a web server's does.
 */
class RunningOutOfMemoryTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root"));
    /** What the JVM exits with under -XX:+ExitOnOutOfMemoryError. */
    private static final int EXIT_ON_OUT_OF_MEMORY = 3;

    @Test
    void aProcessRunWithTheServicesJvmOptionsExitsWhenAThreadRunsOutOfHeap() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "@" + ROOT.resolve("service-jvm.options"), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), HeapHog.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process stopped").isTrue();
            assertThat(process.exitValue()).isEqualTo(EXIT_ON_OUT_OF_MEMORY);
        } finally {
            process.destroyForcibly();
        }
    }

    /** A main thread that waits for ever, and a worker that holds on to everything it allocates. */
    public static final class HeapHog {

        public static void main(String[] args) throws InterruptedException {
            Thread worker = new Thread(() -> {
                List<long[]> held = new ArrayList<>();
                while (true) {
                    held.add(new long[1 << 16]);
                }
            }, "worker");
            worker.start();
            new CountDownLatch(1).await();
        }
    }
}
