package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.diplomatictimeline.projection.actors.Actors;
import io.diplomatictimeline.projection.actors.ActorsReadModel;
import io.diplomatictimeline.projection.corroboration.CorroborationReadModel;
import io.diplomatictimeline.projection.disputes.DisputeQuery;
import io.diplomatictimeline.projection.disputes.Disputes;
import io.diplomatictimeline.projection.disputes.DisputesReadModel;
import io.diplomatictimeline.projection.proposals.Proposals;
import io.diplomatictimeline.projection.proposals.ProposalsReadModel;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import io.diplomatictimeline.projection.responses.ResponsesReadModel;
import io.diplomatictimeline.projection.rounds.Rounds;
import io.diplomatictimeline.projection.rounds.RoundsReadModel;
import io.diplomatictimeline.projection.statements.StatementQuery;
import io.diplomatictimeline.projection.statements.Statements;
import io.diplomatictimeline.projection.statements.StatementsReadModel;
import io.diplomatictimeline.projection.timeline.FactHistory;
import io.diplomatictimeline.projection.timeline.TimelinePage;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read model of the service as plain objects over one database, fed as the service feeds them: each fact
 * once, to all of them in one transaction. "Today" is fixed at {@link #TODAY}.
 */
public final class EveryReadModel {

    public static final Instant TODAY = Instant.parse("2025-09-01T12:00:00Z");

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final Clock clock = Clock.fixed(TODAY, ZoneOffset.UTC);
    private final FactProjections projections;

    public EveryReadModel() {
        this(ReadModelDatabase.fresh());
    }

    public EveryReadModel(ReadModelDatabase database) {
        this.jdbc = database.jdbc();
        this.changeLog = database.changeLog();
        this.projections = database.projecting(projectors(jdbc));
    }

    /** The projections of every read model, as the service has them. */
    public static FactProjection[] projectors(JdbcClient jdbc) {
        return Stream.concat(Stream.of(TimelineReadModel.projector(jdbc), RoundsReadModel.projector(jdbc),
                        DisputesReadModel.projector(jdbc), ProposalsReadModel.projector(jdbc),
                        ActorsReadModel.projector(jdbc), StatementsReadModel.projector(jdbc),
                        CorroborationReadModel.projector(jdbc)),
                Stream.of(ResponsesReadModel.projectors(jdbc))).toArray(FactProjection[]::new);
    }

    /** @return false when the fact had been applied before */
    public boolean apply(SampleFact fact) {
        return projections.apply(fact.recorded());
    }

    /** @return false when the change had been applied before */
    public boolean apply(SampleChange change) {
        return projections.apply(change.change());
    }

    /** @return false when the event had been applied before */
    public boolean apply(FactChange change) {
        return projections.apply(change);
    }

    public void applyAll(SampleFact... facts) {
        for (SampleFact fact : facts) {
            apply(fact);
        }
    }

    /** Empties every read model, as a replay does before it consumes the topic again. */
    public void forgetEverything() {
        projections.forgetEverything();
    }

    public long appliedCount() {
        return projections.appliedCount();
    }

    public TimelinePage timeline(TimelineQuery query) {
        return TimelineReadModel.find(jdbc, query);
    }

    public Optional<JsonNode> entry(UUID id, AsOf asOf) {
        return TimelineReadModel.findById(jdbc, id, asOf);
    }

    public Optional<FactHistory> history(UUID id) {
        return TimelineReadModel.history(changeLog, id);
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    public Rounds rounds() {
        return RoundsReadModel.query(jdbc, clock);
    }

    public Disputes disputes() {
        return DisputesReadModel.query(jdbc);
    }

    public Proposals proposals() {
        return ProposalsReadModel.query(jdbc, clock);
    }

    public Actors actors() {
        return ActorsReadModel.query(jdbc);
    }

    public Statements statements() {
        return StatementsReadModel.query(jdbc);
    }

    /** Everything a reader can ask of every read model, as the JSON they would get. */
    public JsonNode whatReadersSee() {
        return whatReadersSee(AsOf.now());
    }

    /** Everything a reader can ask of every read model as of that moment, as the JSON they would get. */
    public JsonNode whatReadersSee(AsOf asOf) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("timeline", timeline(TimelineQuery.everything().limit(TimelineQuery.MAX_LIMIT).asOf(asOf)));
        seen.put("retracted", timeline(TimelineQuery.everything().limit(TimelineQuery.MAX_LIMIT).asOf(asOf)
                .includingRetracted(true)));
        seen.put("rounds", rounds().list(null, asOf));
        seen.put("disputes", disputes().find(DisputeQuery.all().asOf(asOf)));
        seen.put("proposals", proposals().list(null, asOf));
        seen.put("actors", actors().all(asOf));
        seen.put("actor", actors().all(asOf).stream().map(actor -> actors().byId(actor.id(), asOf)).toList());
        seen.put("statements", statements().find(StatementQuery.all().asOf(asOf)));
        seen.put("reciprocity", ResponsesReadModel.ledger(jdbc, "RU", "US", asOf));
        seen.put("chains", TimelineReadModel.json(timeline(TimelineQuery.everything().limit(TimelineQuery.MAX_LIMIT)
                .asOf(asOf))).stream().map(entry -> UUID.fromString(entry.get("id").asText()))
                .map(id -> ResponsesReadModel.chain(jdbc, id, asOf)).toList());
        return JSON.valueToTree(seen);
    }
}
