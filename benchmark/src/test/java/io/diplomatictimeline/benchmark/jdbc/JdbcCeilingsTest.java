package io.diplomatictimeline.benchmark.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.benchmark.facts.DataPlan;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ceilings insert into the services' own schemas, read from their migrations in this repository: if a migration
 * changes a table so that the ceiling's rows no longer fit, this fails here rather than in a benchmark run.
 */
class JdbcCeilingsTest {

    /** Maven runs the tests in the module's directory. */
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private final DataPlan plan = new DataPlan(10, 50, 40, 7);

    @Test
    void storesEveryFactAsTimelineServiceDoes(@TempDir Path directory) throws Exception {
        JdbcCeilings.Run run = new JdbcCeilings(REPO, directory).eventStore(plan, 30);

        assertThat(run.rate()).isPositive();
        assertThat(run.rows()).isEqualTo(100);
        assertThat(run.cpuNanos()).isNotNegative();
        try (Connection connection = open(directory.resolve("timeline/timeline"))) {
            assertThat(count(connection, "select count(*) from DomainEventEntry")).isEqualTo(100);
            assertThat(count(connection, "select count(*) from fact_receipt")).isEqualTo(100);
            assertThat(count(connection, "select max(sequenceNumber) from DomainEventEntry where aggregateIdentifier = '"
                    + DataPlan.DEEP_TRACK + "'")).isEqualTo(49);
        }
    }

    @Test
    void storesEveryFactAsProjectionServiceDoes(@TempDir Path directory) throws Exception {
        JdbcCeilings.Run run = new JdbcCeilings(REPO, directory).readModel(plan, 30);

        assertThat(run.rate()).isPositive();
        try (Connection connection = open(directory.resolve("projection/projection"))) {
            assertThat(count(connection, "select count(*) from timeline_entry")).isEqualTo(100);
            assertThat(count(connection, "select count(*) from applied_event")).isEqualTo(100);
            assertThat(count(connection, "select count(*) from fact_change")).isEqualTo(100);
            assertThat(count(connection,
                    "select count(*) from timeline_entry where served like '{%\"status\":\"current\",%}'"))
                    .isEqualTo(100);
        }
    }

    private static Connection open(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + file + ";IFEXISTS=TRUE", "sa", "");
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
