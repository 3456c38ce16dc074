package io.diplomatictimeline.projection.consumption;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.LoggedChange;
import io.diplomatictimeline.projection.readmodel.StartUpStep;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Fills the read models a migration added (listed in read_model_to_fill) from the change log, which holds every
 * event applied before they existed, each read again as the record it came in. It runs at start-up, after the replay
 * of stored facts and before the first record is consumed or query answered: a page of events at a time, each in one
 * transaction with the place it reached, so that a crash half-way resumes there.
 */
@Component
class ChangeLogFill extends StartUpStep {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogFill.class);
    private static final int PAGE = 500;
    private static final URI SOURCE = URI.create("urn:diplomatic-timeline:change-log");

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final CloudEventFactReader reader;
    private final FactProjections projections;
    private final TransactionOperations transactions;

    ChangeLogFill(JdbcClient jdbc, ChangeLog changeLog, CloudEventFactReader reader, FactProjections projections,
                  TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.reader = reader;
        this.projections = projections;
        this.transactions = transactions;
    }

    /** @return how many events were taken in by the read models to fill */
    long fill() {
        List<Place> places = jdbc.sql("select read_model, after_recorded_at, after_event_id from read_model_to_fill")
                .query((row, n) -> new Place(row.getString("read_model"), instant(row.getObject("after_recorded_at",
                        OffsetDateTime.class)), row.getObject("after_event_id", UUID.class)))
                .list();
        long filled = 0;
        for (Place place : places) {
            filled += fill(place);
        }
        return filled;
    }

    private long fill(Place from) {
        long filled = 0;
        Place place = from;
        while (true) {
            List<LoggedChange> page = changeLog.inRecordedOrder(place.afterRecordedAt(), place.afterEventId(), PAGE);
            if (page.isEmpty()) {
                jdbc.sql("delete from read_model_to_fill where read_model = :readModel")
                        .param("readModel", place.readModel()).update();
                return filled;
            }
            LoggedChange last = page.get(page.size() - 1);
            Place reached = new Place(place.readModel(), last.recordedAt(), last.eventId());
            transactions.executeWithoutResult(status -> {
                projections.fill(List.of(reached.readModel()), page.stream().map(this::read).toList());
                jdbc.sql("""
                                update read_model_to_fill set after_recorded_at = :recordedAt, after_event_id = :eventId
                                where read_model = :readModel""")
                        .param("recordedAt", reached.afterRecordedAt().atOffset(ZoneOffset.UTC))
                        .param("eventId", reached.afterEventId())
                        .param("readModel", reached.readModel())
                        .update();
            });
            filled += page.size();
            place = reached;
        }
    }

    /** The event as it came: its id and its data are all a record of it carries that the reader reads. */
    private FactChange read(LoggedChange change) {
        return reader.read(CloudEventBuilder.v1()
                .withId(change.eventId().toString())
                .withSource(SOURCE)
                .withType("io.diplomatictimeline.fact." + change.change().label())
                .withData("application/json", change.data().getBytes(StandardCharsets.UTF_8))
                .build());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    @Override
    protected void run() {
        long filled = fill();
        if (filled > 0) {
            log.info("Filled the read models added by this release from {} events of the change log", filled);
        }
    }


    /** After the replay of stored facts (phase 0), before the Kafka listener containers and the web server start. */
    @Override
    public int getPhase() {
        return 1;
    }

    /** How far the change log has been taken in by a read model: after that event, or from the start when null. */
    private record Place(String readModel, Instant afterRecordedAt, UUID afterEventId) {
    }
}
