package io.diplomatictimeline.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.diplomatictimeline.projection.actors.Actors;
import io.diplomatictimeline.projection.actors.ActorsReadModel;
import io.diplomatictimeline.projection.actors.ActorSummary;
import io.diplomatictimeline.projection.disputes.DisputeQuery;
import io.diplomatictimeline.projection.disputes.Disputes;
import io.diplomatictimeline.projection.disputes.DisputesReadModel;
import io.diplomatictimeline.projection.proposals.Proposals;
import io.diplomatictimeline.projection.proposals.ProposalsReadModel;
import io.diplomatictimeline.projection.readmodel.FactProjection;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import io.diplomatictimeline.projection.rounds.Rounds;
import io.diplomatictimeline.projection.rounds.RoundsReadModel;
import io.diplomatictimeline.projection.statements.StatementQuery;
import io.diplomatictimeline.projection.statements.Statements;
import io.diplomatictimeline.projection.statements.StatementsReadModel;
import io.diplomatictimeline.projection.timeline.TimelinePage;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read model of the service as plain objects over one database, fed as the service feeds them: each fact
 * once, to all of them in one transaction. "Today" is fixed at {@link #TODAY}.
 */
public final class EveryReadModel {

    public static final Instant TODAY = Instant.parse("2025-09-01T12:00:00Z");

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final JdbcClient jdbc;
    private final Clock clock = Clock.fixed(TODAY, ZoneOffset.UTC);
    private final FactProjections projections;

    public EveryReadModel() {
        this(ReadModelDatabase.fresh());
    }

    public EveryReadModel(ReadModelDatabase database) {
        this.jdbc = database.jdbc();
        this.projections = database.projecting(projectors(jdbc));
    }

    /** The projections of every read model, as the service has them. */
    public static FactProjection[] projectors(JdbcClient jdbc) {
        return new FactProjection[] {TimelineReadModel.projector(jdbc), RoundsReadModel.projector(jdbc),
                DisputesReadModel.projector(jdbc), ProposalsReadModel.projector(jdbc),
                ActorsReadModel.projector(jdbc), StatementsReadModel.projector(jdbc)};
    }

    /** @return false when the fact had been applied before */
    public boolean apply(SampleFact fact) {
        return projections.apply(fact.recorded());
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
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("timeline", timeline(TimelineQuery.everything().limit(TimelineQuery.MAX_LIMIT)));
        seen.put("rounds", rounds().list(null));
        seen.put("disputes", disputes().find(DisputeQuery.all()));
        seen.put("proposals", proposals().list(null));
        seen.put("actors", actors().all());
        seen.put("actor", actors().all().stream().map(ActorSummary::id).map(actors()::byId).toList());
        seen.put("statements", statements().find(StatementQuery.all()));
        return JSON.valueToTree(seen);
    }
}
