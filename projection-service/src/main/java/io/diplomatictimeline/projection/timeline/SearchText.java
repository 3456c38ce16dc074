package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text {@code q} searches: an entry's title, summary, source quotes and quote, in one lowercase, accent-free
 * column, so that a plain {@code LIKE} finds a word the same way on H2 and on PostgreSQL, whatever its case or
 * accents. A query is put into the same form before it is compared.
 */
final class SearchText {

    private SearchText() {
    }

    static String of(JsonNode document) {
        List<String> texts = new ArrayList<>();
        add(texts, document.get("title"));
        add(texts, document.get("summary"));
        for (JsonNode source : document.path("sources")) {
            add(texts, source.get("quote"));
        }
        add(texts, document.path("details").get("quote"));
        // A line apart, so that no match spans the end of one field and the start of the next.
        return normalize(String.join("\n", texts));
    }

    static String normalize(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{Mn}+", "");
    }

    /** A LIKE pattern that finds the text anywhere, its own {@code %} and {@code _} taken literally. */
    static String containing(String query) {
        String literal = normalize(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    private static void add(List<String> texts, JsonNode field) {
        String text = RecordedFact.textOf(field);
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
