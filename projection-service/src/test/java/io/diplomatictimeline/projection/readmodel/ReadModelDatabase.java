package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database of its own for a test of read models as plain objects: H2 in memory, with the service's own
 * migrations, and the read models' projections put together as the service puts them.
 */
public final class ReadModelDatabase {

    private final DataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(dataSource);

    private ReadModelDatabase() {
    }

    /** With every migration applied. */
    public static ReadModelDatabase fresh() {
        ReadModelDatabase database = new ReadModelDatabase();
        database.migrate();
        return database;
    }

    /** With the migrations up to that version only: a database as an earlier release of the service left it. */
    public static ReadModelDatabase atVersion(String version) {
        ReadModelDatabase database = new ReadModelDatabase();
        Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration/h2").target(version)
                .load().migrate();
        return database;
    }

    public void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Applies facts to these read models as the service does: each once, in one transaction. */
    public FactProjections projecting(FactProjection... projections) {
        return new FactProjections(List.of(projections), new AppliedEvents(jdbc), changeLog(), transactions(),
                new NamedParameterJdbcTemplate(dataSource), new ReadModelReset(jdbc));
    }

    /** Applies the facts an upgrade left to replay to these read models, as the service does at start-up. */
    public int replayStoredFacts(FactProjection... projections) {
        return new StoredFactReplay(jdbc, projecting(projections), transactions(), new ObjectMapper()).replay();
    }

    /** What a replay does first, before it empties the first read model: marks the emptying as under way. */
    public void markResetBegun() {
        new ReadModelReset(jdbc).begin();
    }

    /** What the service does when it starts, before it consumes anything: finishes an emptying left half-way. */
    public void startAgain(FactProjections projections) {
        new UnfinishedReset(projections).start();
    }

    /** Every event applied to these read models, as the service logs them. */
    public ChangeLog changeLog() {
        return new ChangeLog(jdbc, new ObjectMapper());
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
