package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's seeds/, posted through the public API in file order, as ./run.sh loads them. */
final class Seeds {

    static final String TRACK = "ru-us-embassy-talks";
    static final String FIRST_ROUND = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a01";
    static final String SECOND_ROUND = "3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a03";

    private Seeds() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("seeds.dir")))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts every seed; their ids are fixed, so loading them again changes nothing. The receipts, in file order. */
    static List<JsonNode> load(SystemStack stack) {
        return files().stream().map(seed -> {
            try {
                Api.Answer answer = Api.post(stack.timeline().uri("/api/events"), Files.readString(seed));
                assertThat(answer.status()).as(seed + ": " + answer.body()).isEqualTo(201);
                return answer.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
