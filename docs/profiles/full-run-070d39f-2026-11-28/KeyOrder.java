import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Random against time-ordered (version 7) keys in H2, with the projection's 4 MB page cache and WRITE_DELAY=0: fills a
 * table shaped like the read model's entries (a UUID primary key, a second UUID index like the event store's
 * eventIdentifier, the track-and-date index) with N rows in commits of 1,000, then times 20,000 more in commits of
 * K, as a projection keeping up with a steady stream commits them.
 *
 *   java -Xmx192m -XX:+UseSerialGC -cp h2-2.3.232.jar KeyOrder.java random|v7 N K DIR
 */
public class KeyOrder {

    public static void main(String[] args) throws Exception {
        Supplier<UUID> ids = args[0].equals("v7") ? KeyOrder::version7 : UUID::randomUUID;
        int fill = Integer.parseInt(args[1]);
        int perCommit = Integer.parseInt(args[2]);
        String url = "jdbc:h2:file:" + args[3] + "/key-order-" + args[0] + ";WRITE_DELAY=0;CACHE_SIZE=4096";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("""
                    create table entry (id uuid primary key, event_id varchar(64) not null unique,
                        track varchar(255), period_start date, recorded_at timestamp(6) with time zone, document clob)""");
            connection.createStatement().execute("create index entry_by_track on entry (track, period_start, recorded_at, id)");
            connection.setAutoCommit(false);
            PreparedStatement insert = connection.prepareStatement("insert into entry values (?, ?, ?, ?, ?, ?)");
            String document = "x".repeat(900);
            long start = System.nanoTime();
            long measuredFrom = start;
            for (int i = 0; i < fill + 20_000; i++) {
                insert.setObject(1, ids.get());
                insert.setString(2, ids.get().toString());
                insert.setString(3, "track-" + i % 1000);
                insert.setObject(4, LocalDate.of(2000, 1, 1).plusDays(i % 9000));
                insert.setObject(5, OffsetDateTime.now());
                insert.setString(6, document);
                insert.addBatch();
                if ((i + 1) % (i < fill ? 1000 : perCommit) == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
                if (i + 1 == fill) {
                    measuredFrom = System.nanoTime();
                    System.out.printf("%s: %d rows in %.1f s%n", args[0], fill, (measuredFrom - start) / 1e9);
                }
            }
            insert.executeBatch();
            connection.commit();
            System.out.printf("%s: then 20000 rows in commits of %d at %.0f rows/s%n", args[0], perCommit,
                    20_000 / ((System.nanoTime() - measuredFrom) / 1e9));
        }
    }

    /** RFC 9562 version 7: 48 bits of milliseconds, the version, random bits, the variant. */
    private static UUID version7() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = System.currentTimeMillis() << 16 | 0x7000L | random.nextLong() & 0x0FFFL;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
