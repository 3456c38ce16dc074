package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.projection.corroboration.CorroborationReadModel;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The timeline's parts as plain objects, for tests of other read models that look facts up on it. */
public final class TimelineReadModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimelineReadModel() {
    }

    public static FactProjection projector(JdbcClient jdbc) {
        return new TimelineProjector(entries(jdbc));
    }

    public static FactReferences references(JdbcClient jdbc) {
        return new FactReferences(jdbc, new ObjectMapper());
    }

    public static TimelinePage find(JdbcClient jdbc, TimelineQuery query) {
        return entries(jdbc).find(query);
    }

    /** The page's entries as readers get them. */
    public static List<JsonNode> json(TimelinePage page) {
        return page.entries().stream().map(TimelineReadModel::json).toList();
    }

    public static Optional<JsonNode> findById(JdbcClient jdbc, UUID id, AsOf asOf) {
        return entries(jdbc).findById(id, asOf).map(TimelineReadModel::json);
    }

    private static JsonNode json(TimelineEntry entry) {
        return JSON.valueToTree(entry);
    }

    public static Optional<FactHistory> history(ChangeLog changeLog, UUID id) {
        return new FactHistories(changeLog, new ObjectMapper()).of(id);
    }

    public static TimelineDigest.Digest digest(DataSource dataSource) {
        return new TimelineDigests(dataSource, new DataSourceTransactionManager(dataSource)).digest();
    }

    public static TimelineEntries entries(JdbcClient jdbc) {
        return new TimelineEntries(jdbc, CorroborationReadModel.corroborations(jdbc));
    }
}
