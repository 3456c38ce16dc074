package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.fact.FactRejectedException;
import io.diplomatictimeline.timeline.receipt.FactsOfThisUnitOfWork;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Records the single facts that arrive together in one unit of work and one database transaction (a group commit).
 * A durable commit costs far more than judging a fact (on H2 every commit writes a new chunk of the file, whether it
 * holds one fact or a hundred), so while one group commits, the facts that arrive meanwhile wait and form the next.
 * <p>
 * Each fact is still judged by its track's aggregate, in order of arrival, and answered on its own merits. A refused
 * fact changed nothing (the rules are checked before anything is applied), so the group is rolled back and judged
 * again without it, and the other facts' verdicts stand. A group whose events the store refuses (another instance
 * wrote one of its tracks meanwhile) is judged again as a whole; one that fails otherwise (two posts of one id met in
 * it) is not answered: each of its facts is then recorded alone, as it would have been without groups. A fact is answered only once its group has committed, so a 201 still means the
 * fact is stored.
 */
@Service
class FactGroups implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FactGroups.class);
    /** Enough for every request thread's fact to join the group that is forming, small enough to commit promptly. */
    private static final int MAX_GROUP = 128;
    private static final int GROUP_ATTEMPTS = 3;
    private static final Arrival STOP = new Arrival(null, null);

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final OneWriterAtATime writer;
    private final CommandRetries retries;
    private final Tracer tracer;
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private final Thread groupWriter;

    FactGroups(CommandGateway commands, TransactionManager transactions, OneWriterAtATime writer,
               CommandRetries retries, Tracer tracer) {
        this.commands = commands;
        this.transactions = transactions;
        this.writer = writer;
        this.retries = retries;
        this.tracer = tracer;
        this.groupWriter = new Thread(this::writeGroups, "fact-groups");
        groupWriter.setDaemon(true);
        groupWriter.start();
    }

    /**
     * The fact's receipt once its group has committed; or its refusal; or nothing, when its group failed as a whole
     * and the fact is to be recorded alone.
     */
    Optional<FactReceipt> record(RecordableFact fact) {
        Arrival arrival = new Arrival(fact, tracer.currentSpan());
        arrivals.add(arrival);
        return Optional.ofNullable(arrival.await());
    }

    private void writeGroups() {
        List<Arrival> group = new ArrayList<>(MAX_GROUP);
        while (true) {
            Arrival first = nextArrival();
            if (first == STOP) {
                break;
            }
            group.add(first);
            arrivals.drainTo(group, MAX_GROUP - 1);
            boolean stopping = group.remove(STOP);
            try {
                writer.write(() -> record(group));
            } catch (Throwable e) {
                // The writer must outlive any group, or every later fact would wait for it forever.
                log.error("A group of {} facts could not be recorded; each is recorded alone", group.size(), e);
                group.forEach(Arrival::recordAlone);
            }
            group.clear();
            if (stopping) {
                break;
            }
        }
        // Anything that arrived after the stop is recorded alone by its own thread, if the service still can.
        arrivals.forEach(Arrival::recordAlone);
    }

    private Arrival nextArrival() {
        try {
            return arrivals.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STOP;
        }
    }

    /**
     * Another instance may have written one of the group's tracks first: the store refuses the group's events, its
     * tracks leave the cache as it rolls back, and the whole group is judged again on the tracks as stored, a few
     * times, before each of its facts is recorded alone.
     */
    private Void record(List<Arrival> group) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<Arrival> judged = group;
                while (!judged.isEmpty() && !commitUnlessRefused(judged)) {
                    judged = judged.stream().filter(arrival -> arrival.refusal == null).toList();
                }
                group.forEach(Arrival::answer);
                return null;
            } catch (RuntimeException e) {
                if (attempt < GROUP_ATTEMPTS && CommandRetries.isConflict(e)) {
                    retries.groupConflicted(group.size());
                    group.forEach(Arrival::forgetVerdict);
                    continue;
                }
                log.debug("A group of {} facts failed as a whole ({}); each is recorded alone", group.size(),
                        e.toString());
                retries.groupFailed(group.size());
                group.forEach(Arrival::recordAlone);
                return null;
            }
        }
    }

    /** Judges each fact of the group in one unit of work, and commits it unless a fact was refused. */
    private boolean commitUnlessRefused(List<Arrival> group) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactions);
            boolean refused = false;
            for (Arrival arrival : group) {
                // Judged in its request's trace, which its events carry on to Kafka (tracing package).
                try (Tracer.SpanInScope trace = tracer.withSpan(arrival.trace)) {
                    arrival.receipt = commands.sendAndWait(arrival.fact.command());
                    FactsOfThisUnitOfWork.accepted(arrival.receipt.id(), arrival.fact.occurredOn());
                } catch (FactRejectedException e) {
                    arrival.refusal = e;
                    refused = true;
                }
            }
            if (refused) {
                unitOfWork.rollback();
                return false;
            }
            unitOfWork.commit();
            return true;
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    /** Stops taking groups once the current one is answered; the web server has finished its requests by now. */
    @Override
    public void destroy() throws InterruptedException {
        arrivals.add(STOP);
        groupWriter.join(TimeUnit.SECONDS.toMillis(30));
    }

    /**
     * A fact waiting for its group; its receipt or refusal stay tentative until the group commits. Its answer is the
     * receipt, the refusal, or no receipt at all: record it alone.
     */
    private static final class Arrival {

        private final RecordableFact fact;
        private final Span trace;
        private final CompletableFuture<FactReceipt> outcome = new CompletableFuture<>();
        private FactReceipt receipt;
        private FactRejectedException refusal;

        private Arrival(RecordableFact fact, Span trace) {
            this.fact = fact;
            this.trace = trace;
        }

        private void answer() {
            if (refusal != null) {
                outcome.completeExceptionally(refusal);
            } else {
                outcome.complete(receipt);
            }
        }

        /** Judged on a track that another instance had written meanwhile: to be judged again. */
        private void forgetVerdict() {
            receipt = null;
            refusal = null;
        }

        private void recordAlone() {
            outcome.complete(null);
        }

        private FactReceipt await() {
            try {
                return outcome.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fact " + fact.id() + " waited for its group", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof FactRejectedException rejected) {
                    throw rejected;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
