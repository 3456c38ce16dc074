package io.diplomatictimeline.projection.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies events, facts recorded, corrected or retracted and sources added to them, to every read model, exactly
 * once: the read models' rows, the change log's and the ids of the events are written in one transaction, so a
 * redelivered event, even one redelivered after a crash, finds its id and changes nothing, and no read model can have
 * taken in an event that another one missed.
 *
 * <p>A whole poll of the topic goes through one transaction ({@link #applyInOrder}): which of its events were
 * applied before is asked in one query, and the rows of a run of new facts are written in one JDBC batch per
 * statement. A correction or a retraction needs what came before it written (it closes the rows of its fact, which
 * may have come in the same poll), so the rows waiting are written before it: the events take effect in their order.
 */
@Component
public class FactProjections {

    private final List<FactProjection> projections;
    private final AppliedEvents appliedEvents;
    private final ChangeLog changeLog;
    private final TransactionOperations transactions;
    private final NamedParameterJdbcOperations jdbc;
    private final ReadModelReset reset;

    FactProjections(List<FactProjection> projections, AppliedEvents appliedEvents, ChangeLog changeLog,
                    TransactionOperations transactions, NamedParameterJdbcOperations jdbc, ReadModelReset reset) {
        this.projections = List.copyOf(projections);
        this.appliedEvents = appliedEvents;
        this.changeLog = changeLog;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.reset = reset;
    }

    /** @return false when the fact had been applied already */
    public boolean apply(RecordedFact fact) {
        return apply(FactChange.created(fact));
    }

    /**
     * @return false when the event had been applied already
     * @throws ChangeRefusedException when a correction or retraction does not follow what is known of its fact;
     *                                nothing is applied then
     */
    public boolean apply(FactChange change) {
        Applied applied = applyInOrder(List.of(change));
        if (applied.refusal() != null) {
            throw applied.refusal();
        }
        return applied.applied() == 1;
    }

    /**
     * Applies the events in their order, in one transaction, those applied before excepted. When one of them is
     * refused (a correction or retraction that does not follow what is known of its fact), the events before it are
     * applied, in a transaction of their own, and neither it nor any event after it: the caller decides what becomes
     * of those.
     */
    public Applied applyInOrder(List<FactChange> changes) {
        if (changes.isEmpty()) {
            return new Applied(0, changes.size(), null);
        }
        try {
            return new Applied(transactions.execute(status -> applyAll(changes)), changes.size(), null);
        } catch (Refused refused) {
            // Everything written for the events of the batch was rolled back with it: write those before it again.
            List<FactChange> before = changes.subList(0, refused.index);
            int applied = before.isEmpty() ? 0 : transactions.execute(status -> applyAll(before));
            return new Applied(applied, refused.index, refused.refusal);
        }
    }

    /**
     * What {@link #applyInOrder} did.
     *
     * @param applied  how many events changed the read models (the others had been applied before)
     * @param through  how many of the events, from the first, were taken care of: all of them, or those before the
     *                 one refused
     * @param refusal  why the event at {@code through} was refused, or null when none was
     */
    public record Applied(int applied, int through, ChangeRefusedException refusal) {
    }

    private int applyAll(List<FactChange> changes) {
        List<String> ids = changes.stream().map(change -> change.eventId().toString()).toList();
        Set<String> seen = new HashSet<>(appliedEvents.appliedAmong(ids));
        ChangeLog.Positions positions = changeLog.positions();
        PendingRows rows = new PendingRows();
        int applied = 0;
        for (int index = 0; index < changes.size(); index++) {
            FactChange change = changes.get(index);
            // A redelivery, or the same event twice in one poll (a producer that retried): once only.
            if (!seen.add(ids.get(index))) {
                continue;
            }
            appliedEvents.markApplied(ids.get(index), rows);
            if (change.change() != Change.CREATED) {
                rows.flush(jdbc);
                try {
                    checkFollowsItsFact(change, changeLog.latest(change.factId()));
                } catch (ChangeRefusedException refusal) {
                    throw new Refused(index, refusal);
                }
            }
            changeLog.record(change, positions, rows);
            take(change, projections, rows);
            applied++;
        }
        rows.flush(jdbc);
        changeLog.store(positions);
        return applied;
    }

    /**
     * The event taken in by each of {@code readModels}: a fact's version applied, after its earlier rows are closed
     * for a correction; a retraction's rows closed, then kept; a source added kept. Rows are written before anything
     * that reads or changes rows written before.
     */
    private void take(FactChange change, List<FactProjection> readModels, PendingRows rows) {
        switch (change.change()) {
            case CREATED -> readModels.forEach(projection -> projection.apply(change.fact(), rows));
            case CORRECTED -> {
                rows.flush(jdbc);
                readModels.forEach(projection -> projection.close(change.factId(), change.recordedAt()));
                readModels.forEach(projection -> projection.apply(change.fact(), rows));
            }
            case RETRACTED -> {
                rows.flush(jdbc);
                readModels.forEach(projection -> projection.close(change.factId(), change.recordedAt()));
                readModels.forEach(projection -> projection.retract(change));
            }
            case SOURCE_ADDED -> {
                rows.flush(jdbc);
                readModels.forEach(projection -> projection.sourceAdded(change));
            }
        }
    }

    /**
     * Events applied before, taken in again by the read models of these names only ({@link AddedReadModel}), in the
     * caller's transaction: for filling read models added after those events were applied.
     */
    public void fill(Collection<String> readModels, List<FactChange> changes) {
        List<FactProjection> added = projections.stream()
                .filter(projection -> projection instanceof AddedReadModel named
                        && readModels.contains(named.readModel()))
                .toList();
        PendingRows rows = new PendingRows();
        changes.forEach(change -> take(change, added, rows));
        rows.flush(jdbc);
    }

    /**
     * A change must come after what is known of its fact, and a source added must name the version the fact is at.
     * Within one track the topic keeps the order, so none of this
     * happens with timeline-service as the producer; the checks keep a foreign or broken record from rewriting the
     * history of a fact.
     */
    private static void checkFollowsItsFact(FactChange change, Optional<LoggedChange> latest) {
        LoggedChange known = latest.orElseThrow(() -> ChangeRefusedException.unknownFact(change));
        if (known.change() == Change.RETRACTED) {
            throw ChangeRefusedException.inconsistent(change, "the fact was retracted at " + known.recordedAt());
        }
        if (change.change() == Change.SOURCE_ADDED && change.version() != known.version()) {
            throw ChangeRefusedException.inconsistent(change, "it is at version " + known.version());
        }
        if (change.change() != Change.SOURCE_ADDED && change.version() <= known.version()) {
            throw ChangeRefusedException.inconsistent(change, "it is at version " + known.version() + " already");
        }
        if (!change.track().equals(known.track()) || !change.factType().equals(known.factType())) {
            throw ChangeRefusedException.inconsistent(change,
                    "it is a " + known.factType() + " fact of track " + known.track());
        }
        if (change.recordedAt().isBefore(known.recordedAt())) {
            throw ChangeRefusedException.inconsistent(change,
                    "its version " + known.version() + " was recorded later, at " + known.recordedAt());
        }
    }

    /**
     * Applies facts whose events are marked applied already, in the caller's transaction: for rebuilding read models
     * from facts this service stored before those read models existed.
     */
    void applyAgain(List<RecordedFact> facts) {
        PendingRows rows = new PendingRows();
        facts.forEach(fact -> applyToEach(fact, rows));
        rows.flush(jdbc);
    }

    /**
     * Empties every read model, the change log and the applied events: afterwards the read models are as a new
     * deployment has them, and every event delivered again is applied again. The tables are truncated; on H2 that is
     * not one transaction, so a mark is kept while it runs, and a crash half-way is finished by
     * {@link #finishForgetting()} at the next start.
     */
    public void forgetEverything() {
        reset.begin();
        forgetAll();
        reset.finished();
    }

    /** @return true when emptying the read models had begun and not finished, and has been finished now */
    boolean finishForgetting() {
        if (!reset.begun()) {
            return false;
        }
        forgetAll();
        reset.finished();
        return true;
    }

    private void forgetAll() {
        // One transaction where the database can roll TRUNCATE back (PostgreSQL); H2 commits each table.
        transactions.executeWithoutResult(status -> {
            for (FactProjection projection : projections) {
                projection.forgetEverything();
            }
            changeLog.deleteAll();
            appliedEvents.forgetEverything();
        });
    }

    /** How many events the read models have taken in. */
    public long appliedCount() {
        return appliedEvents.count();
    }

    private void applyToEach(RecordedFact fact, PendingRows rows) {
        for (FactProjection projection : projections) {
            projection.apply(fact, rows);
        }
    }


    /** Rolls the batch's transaction back: the event at {@code index} was refused. */
    private static final class Refused extends RuntimeException {

        private final int index;
        private final ChangeRefusedException refusal;

        Refused(int index, ChangeRefusedException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.index = index;
            this.refusal = refusal;
        }
    }
}
