package io.diplomatictimeline.projection.timeline;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Digests every event applied ({@link TimelineDigest}): the change log's rows, one per event (a fact's creation, each
 * correction, a retraction), each as its event id and its data as received, as timeline-service digests its event
 * store. The rows are streamed inside one read-only
 * transaction, so the digest is of one state of the timeline, and PostgreSQL hands them over a few hundred at a time
 * through a cursor rather than all at once.
 */
@Repository
class TimelineDigests {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    TimelineDigests(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    TimelineDigest.Digest digest() {
        return readOnly.execute(status -> {
            TimelineDigest digest = new TimelineDigest();
            RowCallbackHandler add = row -> digest.add(row.getObject("event_id", UUID.class), row.getString("data"));
            jdbc.query("select event_id, data from fact_change", add);
            return digest.result();
        });
    }
}
