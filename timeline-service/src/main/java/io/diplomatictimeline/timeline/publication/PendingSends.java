package io.diplomatictimeline.timeline.publication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The Kafka sends of one batch of the publication processor, still waiting for the broker's acknowledgement.
 * They are waited for in the batch's prepare-commit phase, so the processor's token (stored in the same
 * transaction) moves past a fact only once the broker holds it: if any send fails or times out, the transaction
 * rolls back, the token stays, and the whole batch is sent again (at least once). Sending without waiting one by one
 * keeps a track's order: the producer sends records of one partition in the order they were given, and its
 * idempotence (at most 5 requests in flight) keeps that order across its own retries.
 */
final class PendingSends {

    private static final String RESOURCE = PendingSends.class.getName();

    private final List<CompletableFuture<?>> sends = new ArrayList<>();
    private final Duration timeout;

    private PendingSends(Duration timeout) {
        this.timeout = timeout;
    }

    static void awaitBeforeCommit(CompletableFuture<?> send, Duration timeout) {
        if (!CurrentUnitOfWork.isStarted()) {
            await(List.of(send), timeout);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        PendingSends pending = batch.getOrComputeResource(RESOURCE, key -> {
            PendingSends created = new PendingSends(timeout);
            batch.onPrepareCommit(unitOfWork -> await(created.sends, created.timeout));
            return created;
        });
        pending.sends.add(send);
    }

    private static void await(List<CompletableFuture<?>> sends, Duration timeout) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new FactNotPublishedException("the broker refused a fact of this batch", e.getCause());
        } catch (TimeoutException e) {
            throw new FactNotPublishedException("the broker did not acknowledge every fact of this batch within "
                    + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactNotPublishedException("interrupted while waiting for the broker", e);
        }
    }

    /** A batch whose facts are not all known to be on the topic; the processor retries it from its last token. */
    static final class FactNotPublishedException extends RuntimeException {

        FactNotPublishedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
