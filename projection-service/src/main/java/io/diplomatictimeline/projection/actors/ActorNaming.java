package io.diplomatictimeline.projection.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How a person is known across facts that spell them slightly differently: by an id made from the name (lowercase,
 * accents folded, every run of other characters a single {@code -}: "Alexander Darchiev" is
 * {@code alexander-darchiev}), or by the name itself regardless of case.
 */
public final class ActorNaming {

    /** Letters that carry no combining accent to strip, so Unicode decomposition leaves them as they are. */
    private static final Map<Integer, String> UNDECOMPOSABLE = Map.of(
            (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ø', "o", (int) 'ł', "l",
            (int) 'đ', "d", (int) 'ð', "d", (int) 'þ', "th", (int) 'ı', "i", (int) 'ħ', "h");

    private ActorNaming() {
    }

    /**
     * The actor id of a name; empty when the name has no letter or digit. Letters of scripts without an ASCII
     * folding (Cyrillic, say) are kept, lowercased, rather than lost: an id must still tell two people apart.
     */
    public static String idOf(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder id = new StringBuilder();
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            String folded = UNDECOMPOSABLE.getOrDefault(c, Character.toString(c));
            if (Character.isLetterOrDigit(c)) {
                id.append(folded);
            } else if (!id.isEmpty() && id.charAt(id.length() - 1) != '-') {
                id.append('-');
            }
        });
        if (!id.isEmpty() && id.charAt(id.length() - 1) == '-') {
            id.setLength(id.length() - 1);
        }
        return id.toString();
    }

    /** The form of a name that matches it whatever its case: a name given in a query is compared in this form. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * LIKE patterns (escaped with {@code \}) that find an actor by id or by name, whole or in part, whatever the
     * case: "Zakharova", "maria-zak" and "MARIA ZAKHAROVA" all find Maria Zakharova.
     *
     * @param id   the pattern for actor ids, or null when the query has no letter or digit to look for in one
     * @param name the pattern for name keys
     */
    public record Match(String id, String name) {

        public static Match of(String query) {
            String id = idOf(query);
            return new Match(id.isEmpty() ? null : containing(id), containing(nameKey(query)));
        }

        private static String containing(String text) {
            return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }
}
