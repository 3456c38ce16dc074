package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.timeline.corroboration.AddSource;
import io.diplomatictimeline.timeline.corroboration.SourceAdded;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.Source;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The sources added to the track's facts, by fact and by what makes a source the same one: its publisher (whatever
 * the case), its URL and its date. Only facts that were given sources have an entry.
 */
final class AddedSources {

    private final Map<UUID, Map<String, SourceAdded>> byFact = new HashMap<>();

    /**
     * The addition that already added this source to the fact, when the command adds it again; empty for a new one.
     *
     * @throws HistoryConflictException when the source was added with another stance or quote
     */
    Optional<SourceAdded> earlier(AddSource command) {
        SourceAdded earlier = byFact.getOrDefault(command.factId(), Map.of()).get(key(command.source()));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.stance().equals(command.stance())) {
            throw new HistoryConflictException("stance", "this source (" + describe(command.source())
                    + ") was added to fact " + command.factId() + " already, as one that " + earlier.stance()
                    + " it; a source is added once");
        }
        if (!Objects.equals(earlier.source().quote(), command.source().quote())) {
            throw new HistoryConflictException("quote", "this source (" + describe(command.source())
                    + ") was added to fact " + command.factId() + " already, with another quote; a source is added once");
        }
        return Optional.of(earlier);
    }

    void added(SourceAdded event) {
        byFact.computeIfAbsent(event.factId(), id -> new HashMap<>()).put(key(event.source()), event);
    }

    /** A retracted fact takes no more sources: what it had is of no use to the rules any more. */
    void forget(UUID factId) {
        byFact.remove(factId);
    }

    private static String key(Source source) {
        return source.publisher().strip().toLowerCase(Locale.ROOT) + "|" + source.url() + "|" + source.publishedOn();
    }

    private static String describe(Source source) {
        return source.publisher() + (source.url() == null ? "" : ", " + source.url())
                + (source.publishedOn() == null ? "" : ", " + source.publishedOn());
    }
}
