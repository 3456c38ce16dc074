package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The seed facts of the source article load through the public API, in date order, and only once. */
@Order(3)
class SeedsIT {

    private static final String TRACK = "ru-us-embassy-talks";

    private final SystemStack stack = SystemStack.get().brokerUp();

    @Test
    void theSeedsLoadInDateOrderAndLoadingThemAgainDuplicatesNothing() throws IOException {
        List<Path> seeds = seedFiles();
        assertThat(seeds).isNotEmpty();

        List<JsonNode> first = load(seeds);
        List<JsonNode> again = load(seeds);

        assertThat(again).isEqualTo(first);
        JsonNode entries = await("the seeds on the timeline").atMost(Duration.ofMinutes(1))
                .until(() -> Api.get(stack.projection().uri("/api/timeline?track=" + TRACK)).body().get("entries"),
                        found -> found != null && found.size() == seeds.size());
        List<String> dates = entries.findValuesAsText("occurredOn");
        assertThat(dates).isSorted();
        assertThat(entries.findValuesAsText("id"))
                .containsExactlyInAnyOrderElementsOf(first.stream().map(r -> r.get("id").asText()).toList());
        assertThat(entries.findValuesAsText("type")).contains("round-held", "property-seizure-raised");
    }

    private List<JsonNode> load(List<Path> seeds) throws IOException {
        return seeds.stream().map(seed -> {
            try {
                Api.Answer answer = Api.post(stack.timeline().uri("/api/events"), Files.readString(seed));
                assertThat(answer.status()).as(seed + ": " + answer.body()).isEqualTo(201);
                return answer.body();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("seeds.dir")))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
