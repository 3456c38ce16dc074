package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up the facts other facts refer to, on any track. The timeline holds every fact, so a reference is resolved
 * here at query time: a statement about a fact of another track that had not arrived yet shows it once it has.
 */
@Component
public class FactReferences {

    /** Few enough ids per query to stay under any database's limit on bind parameters. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    FactReferences(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The facts among those ids known at that moment, as they read then (a retracted fact as it read when it was
     * retracted); an id of a fact not (yet) on the timeline is absent from the answer.
     */
    public Map<UUID, FactReference> find(Collection<UUID> ids, AsOf asOf) {
        List<UUID> all = ids.stream().distinct().toList();
        Map<UUID, FactReference> found = new HashMap<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            jdbc.sql("select id, type, document from timeline_entry where id in (:ids) and " + asOf.rowsValid(null))
                    .params(asOf.parameters())
                    .param("ids", all.subList(start, Math.min(all.size(), start + CHUNK)))
                    .query((row, rowNumber) -> new FactReference(row.getObject("id", UUID.class),
                            row.getString("type"), title(row.getString("document"))))
                    .list()
                    .forEach(reference -> found.put(reference.id(), reference));
        }
        return found;
    }

    private String title(String document) {
        try {
            return RecordedFact.textOf(json.readTree(document).get("title"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored timeline entry is not JSON", e);
        }
    }
}
