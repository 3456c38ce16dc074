package io.diplomatictimeline.benchmark.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * When each phase ran, in phases.tsv (name, start, end as ISO instants): the profile summary splits the services'
 * JFR samples by it, so that each figure can be read next to where the time went while it was measured.
 */
final class Phases {

    private final Path file;

    Phases(Path outDir) throws IOException {
        this.file = outDir.resolve("phases.tsv");
        Files.writeString(file, "", StandardCharsets.UTF_8);
    }

    interface Work<T> {
        T run() throws Exception;
    }

    <T> T time(String name, Work<T> work) throws Exception {
        Instant start = Instant.now();
        try {
            return work.run();
        } finally {
            Files.writeString(file, name + "\t" + start + "\t" + Instant.now() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
    }
}
