package io.diplomatictimeline.benchmark.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A fresh H2 file with a service's own schema: its Flyway migrations, read from the service's source tree, so the
 * ceiling inserts into the same tables with the same keys and indexes as the service, whatever later migrations
 * change. The URL carries the services' durability setting (WRITE_DELAY=0: each commit on disk before it returns).
 */
public final class CeilingDatabase {

    private final String url;

    private CeilingDatabase(String url) {
        this.url = url;
    }

    /**
     * @param directory  where the H2 file goes; must not hold one yet
     * @param migrations the service's {@code src/main/resources/db/migration/h2}
     */
    public static CeilingDatabase create(Path directory, String name, Path migrations) throws Exception {
        if (!Files.isDirectory(migrations)) {
            throw new IllegalStateException("no migrations at " + migrations);
        }
        Files.createDirectories(directory);
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(name)
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("filesystem:" + migrations.toAbsolutePath())
                .load()
                .migrate();
        return new CeilingDatabase(url);
    }

    public Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, "sa", "");
        connection.setAutoCommit(false);
        return connection;
    }

    /** Closes the database for good, so that its file is complete and nothing of it stays in memory. */
    public void shutdown() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }
}
