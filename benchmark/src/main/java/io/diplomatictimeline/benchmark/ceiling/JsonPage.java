package io.diplomatictimeline.benchmark.ceiling;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A body of JSON of an exact size, shaped like a timeline page (entries with an id and a title, then a cursor): what
 * the no-op GET of query_rate's ceiling answers from memory, so that the ceiling writes as many bytes as the page
 * measured against it.
 */
final class JsonPage {

    private static final String HEAD = "{\"entries\":[";
    private static final String TAIL_OPEN = "],\"nextCursor\":\"";
    private static final String TAIL_CLOSE = "\"}";
    private static final String ENTRY = "{\"id\":\"%08d\",\"type\":\"diplomats-expelled\",\"title\":\"%s\"}";
    private static final String TITLE = "Diplomats expelled on the benchmark's track, as a page entry reads";

    private JsonPage() {
    }

    /** @return exactly {@code bytes} bytes of UTF-8 JSON; under the smallest page, {@code {}} and spaces */
    static byte[] ofSize(int bytes) {
        if (bytes < 2) {
            throw new IllegalArgumentException("a JSON body has 2 bytes at least, not " + bytes);
        }
        int frame = HEAD.length() + TAIL_OPEN.length() + TAIL_CLOSE.length();
        if (bytes < frame) {
            byte[] small = new byte[bytes];
            Arrays.fill(small, (byte) ' ');
            small[0] = '{';
            small[1] = '}';
            return small;
        }
        StringBuilder page = new StringBuilder(bytes).append(HEAD);
        for (int n = 0; ; n++) {
            String entry = (n == 0 ? "" : ",") + String.format(java.util.Locale.ROOT, ENTRY, n, TITLE);
            if (page.length() + entry.length() + TAIL_OPEN.length() + TAIL_CLOSE.length() > bytes) {
                break;
            }
            page.append(entry);
        }
        page.append(TAIL_OPEN);
        page.append("c".repeat(bytes - page.length() - TAIL_CLOSE.length()));
        page.append(TAIL_CLOSE);
        return page.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
