package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.fact.FactRejectedException;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import io.diplomatictimeline.timeline.receipt.FactReceipts.StoredReceipt;
import io.diplomatictimeline.timeline.receipt.FactsOfThisUnitOfWork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Records the facts of a batch all or none, in one Axon unit of work and one database transaction. Each fact goes
 * through its track's aggregate as a single fact would (the command bus, in a unit of work nested in the batch's), in
 * request order, so a later fact sees the earlier ones. Axon keeps every aggregate loaded in the batch's root unit of
 * work, so a track is loaded once per batch; the events of all facts are appended, and their receipts written, when
 * the root commits. A fact that breaks a rule of history rolls everything back.
 * <p>
 * A batch holds the lock of every track it touches until it commits, so batches are recorded one at a time in this
 * instance ({@link OneWriterAtATime}; their bodies are read and checked concurrently before). Across instances, the
 * batch that loses the race for a track's next sequence number is tried again.
 * <p>
 * After such a fact the batch is still checked, honestly: the facts of other tracks are judged exactly as they would
 * have been, while later facts of the refused fact's track are not judged at all (their history lacks the refused
 * fact, so no verdict on them would be true).
 */
@Service
class BatchRecorder {

    private static final Logger log = LoggerFactory.getLogger(BatchRecorder.class);
    /** A batch that lost a race (another instance wrote its track, or an id was recorded meanwhile) is tried again. */
    private static final int ATTEMPTS = 3;

    private final CommandGateway commands;
    private final FactReceipts receipts;
    private final TransactionManager transactions;
    private final OneWriterAtATime writer;

    BatchRecorder(CommandGateway commands, FactReceipts receipts, TransactionManager transactions,
                  OneWriterAtATime writer) {
        this.commands = commands;
        this.receipts = receipts;
        this.transactions = transactions;
        this.writer = writer;
    }

    /** The receipts of the batch in request order; or a {@link BatchRejectedException}, with nothing stored. */
    List<FactReceipt> record(List<BatchItem> items) {
        return writer.write(() -> recordWithRetries(items));
    }

    private List<FactReceipt> recordWithRetries(List<BatchItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(items);
            } catch (DeadlockException | ConcurrencyException | EventStoreException | DataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Batch of {} facts lost a race ({}); trying again", items.size(), e.toString());
            }
        }
    }

    private List<FactReceipt> attempt(List<BatchItem> items) {
        FactReceipt[] answers = new FactReceipt[items.size()];
        List<BatchProblem> problems = new ArrayList<>();
        List<BatchItem> news = idempotency(items, answers, problems);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            batch.attachTransaction(transactions);
            boolean impossible = history(news, answers, problems);
            if (!problems.isEmpty()) {
                batch.rollback();
                throw rejected(problems, impossible);
            }
            batch.commit();
        } catch (RuntimeException e) {
            if (batch.isActive()) {
                batch.rollback(e);
            }
            throw e;
        }
        return answeredDuplicates(items, answers);
    }

    /**
     * Facts already recorded (one query for the whole batch) are answered with their first receipt, and facts repeated
     * within the batch with the receipt of their first occurrence; an id reused for another fact is a conflict.
     * Returns the facts still to record.
     */
    private List<BatchItem> idempotency(List<BatchItem> items, FactReceipt[] answers, List<BatchProblem> problems) {
        Set<UUID> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.fact().id()));
        Map<UUID, StoredReceipt> recorded = receipts.findAll(ids);
        Map<UUID, BatchItem> firstOfId = new HashMap<>();
        List<BatchItem> news = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            RecordableFact fact = item.fact();
            StoredReceipt earlier = recorded.get(fact.id());
            BatchItem first = firstOfId.putIfAbsent(fact.id(), item);
            if (earlier != null) {
                if (earlier.fingerprint().equals(fact.fingerprint())) {
                    answers[item.index()] = earlier.receipt();
                } else {
                    problems.add(new BatchProblem(item.index(), "id", new IdReusedException(fact.id()).getMessage()));
                }
            } else if (first != null) {
                if (!first.fact().fingerprint().equals(fact.fingerprint())) {
                    problems.add(new BatchProblem(item.index(), "id", "id " + fact.id()
                            + " is also the id of item " + first.index() + ", a different fact"));
                }
                // Else the same fact twice: answered with the first's receipt once that is recorded.
            } else {
                news.add(item);
            }
        }
        return news;
    }

    /** Sends each new fact to its track, in order; returns whether a refusal was of a fact that cannot be true. */
    private boolean history(List<BatchItem> news, FactReceipt[] answers, List<BatchProblem> problems) {
        Set<String> refusedTracks = new HashSet<>();
        boolean impossible = false;
        for (BatchItem item : news) {
            if (refusedTracks.contains(item.track())) {
                continue;
            }
            try {
                FactReceipt receipt = commands.sendAndWait(item.fact().command());
                answers[item.index()] = receipt;
                FactsOfThisUnitOfWork.accepted(receipt.id(), item.fact().occurredOn());
            } catch (FactRejectedException e) {
                problems.add(new BatchProblem(item.index(), e.field(), e.getMessage()));
                refusedTracks.add(item.track());
                impossible |= !(e instanceof HistoryConflictException);
            }
        }
        return impossible;
    }

    /** 400 when a fact broke a rule of its own (it cannot be true), else 409: it conflicts with recorded history. */
    private static BatchRejectedException rejected(List<BatchProblem> problems, boolean impossible) {
        return impossible
                ? new BatchRejectedException(HttpStatus.BAD_REQUEST, "Impossible facts in the batch", problems)
                : new BatchRejectedException(HttpStatus.CONFLICT, "Conflicts with recorded history", problems);
    }

    private static List<FactReceipt> answeredDuplicates(List<BatchItem> items, FactReceipt[] answers) {
        Map<UUID, FactReceipt> byId = new HashMap<>();
        Arrays.stream(answers).filter(Objects::nonNull).forEach(receipt -> byId.putIfAbsent(receipt.id(), receipt));
        for (BatchItem item : items) {
            if (answers[item.index()] == null) {
                answers[item.index()] = byId.get(item.fact().id());
            }
        }
        return List.of(answers);
    }
}
