package io.diplomatictimeline.timeline;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Runs n requests at once: every thread waits at a gate, then all are let through together. */
public final class Concurrently {

    public static <T> List<T> run(int n, IntFunction<T> request) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> answers = IntStream.range(0, n)
                    .mapToObj(i -> threads.submit((Callable<T>) () -> {
                        gate.await();
                        return request.apply(i);
                    }))
                    .toList();
            gate.countDown();
            return answers.stream().map(Concurrently::get).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Concurrently() {
    }
}
