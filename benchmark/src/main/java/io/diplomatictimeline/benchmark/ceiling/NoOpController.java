package io.diplomatictimeline.benchmark.ceiling;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints shaped like the ones measured, doing no work: the POST reads its JSON body into a tree (as any JSON
 * endpoint must) and answers 201 with a receipt-sized JSON and a Location; the GET answers a small JSON page; the
 * page GET answers a JSON body of the size asked, made once per size and then written from memory (the ceiling of
 * query_rate: what writing a timeline page's bytes costs the web stack, without finding them).
 */
@RestController
class NoOpController {

    /** The benchmark asks one or two sizes; the bound keeps a stray client from filling the heap. */
    private static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    private final ConcurrentMap<Integer, byte[]> pages = new ConcurrentHashMap<>();

    @PostMapping(path = "/noop/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> post(@RequestBody JsonNode fact) {
        UUID id = UUID.randomUUID();
        Map<String, Object> receipt = Map.of(
                "id", id,
                "track", fact.path("track").asText(),
                "type", fact.path("type").asText(),
                "sequence", 1,
                "recordedAt", Instant.now().truncatedTo(ChronoUnit.MICROS));
        return ResponseEntity.created(URI.create("/noop/events/" + id)).body(receipt);
    }

    @GetMapping("/noop/timeline")
    Map<String, Object> get() {
        return Map.of("entries", List.of(), "nextCursor", "");
    }

    @GetMapping(path = "/noop/page", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> page(@RequestParam int bytes) {
        if (bytes < 2 || bytes > MAX_PAGE_BYTES) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(pages.computeIfAbsent(bytes, JsonPage::ofSize));
    }
}
