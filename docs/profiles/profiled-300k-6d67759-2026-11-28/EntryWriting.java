import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes pages of 50 of the benchmark's facts as timeline entries in JSON, two ways: each stored document parsed into a tree, given
 * its version's fields and written (as before 0bfc0c7), or streamed by {@code TimelineEntry}. Prints the time and the
 * bytes allocated per page. After {@code ./mvnw package -DskipTests}, from the project's root:
 * {@code java -Xmx192m -XX:+UseSerialGC -cp <jackson-databind, -core, -annotations jars>:projection-service/target/classes:benchmark/target/classes
 * docs/profiles/profiled-300k-6d67759-2026-11-28/EntryWriting.java}
 */
public class EntryWriting {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Instant first = Instant.parse("2026-11-28T16:01:27.077084Z");
        List<String> documents = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            ObjectNode fact = io.diplomatictimeline.benchmark.facts.Facts.body("bench-deep",
                    io.diplomatictimeline.benchmark.facts.Facts.scattered(n), n);
            fact.put("id", "019acb3e-7a2f-7c31-9d2e-5f0c" + String.format("%08d", n));
            fact.put("recordedAt", first.toString());
            fact.put("sequence", 1000 + n);
            documents.add(fact.toString());
        }
        Class<?> entryClass = Class.forName("io.diplomatictimeline.projection.timeline.TimelineEntry");
        Constructor<?> entry = entryClass.getDeclaredConstructor(String.class, int.class, String.class, Instant.class,
                Instant.class, String.class, String.class);
        entry.setAccessible(true);
        for (int round = 0; round < 5; round++) {
            long bytes = 0;
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            int pages = 20_000;
            for (int page = 0; page < pages; page++) {
                List<JsonNode> entries = new ArrayList<>(50);
                for (String document : documents) {
                    ObjectNode tree = (ObjectNode) json.readTree(document);
                    tree.put("firstRecordedAt", tree.get("recordedAt").asText());
                    tree.put("version", 1);
                    tree.put("status", "current");
                    entries.add(tree);
                }
                bytes += json.writeValueAsBytes(java.util.Map.of("entries", entries)).length;
            }
            long trees = System.nanoTime() - start;
            long treeBytes = threads.getCurrentThreadAllocatedBytes() - allocated;
            allocated = threads.getCurrentThreadAllocatedBytes();
            start = System.nanoTime();
            for (int page = 0; page < pages; page++) {
                List<Object> entries = new ArrayList<>(50);
                for (String document : documents) {
                    entries.add(entry.newInstance(document, 1, "current", first, first, null, null));
                }
                bytes += json.writeValueAsBytes(java.util.Map.of("entries", entries)).length;
            }
            long streamed = System.nanoTime() - start;
            long streamedBytes = threads.getCurrentThreadAllocatedBytes() - allocated;
            System.out.printf("allocated per page: trees %d KB, streamed %d KB%n", treeBytes / pages / 1024, streamedBytes / pages / 1024);
            System.out.printf("round %d: a page of 50 entries: trees %.1f us, streamed %.1f us (%.2fx); %d bytes%n",
                    round, trees / 1000.0 / pages, streamed / 1000.0 / pages, (double) trees / streamed, bytes / 2 / pages);
        }
    }
}
