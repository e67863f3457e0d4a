package org.diplograph;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work done on worker threads and finished on one writer thread in the order it was given:
 * the way {@code build} annotates and extracts articles in parallel and loads them into the
 * store one at a time, in input order.
 * <p>
 * Each piece of work runs on one of {@code threads} workers and returns what the writer is to
 * do with its result; the writer runs those in submission order, so the store sees the same
 * sequence of loads whatever the number of workers. Memory is bounded: {@link #submit} blocks
 * while {@code 8 * threads} pieces wait for the writer, finished or not.
 * <p>
 * The work should catch its own failures and return a writer step that reports them; anything
 * it throws anyway (an {@link Error} such as running out of memory), or a writer step throws,
 * stops the run: {@link #submit} and {@link #close} then throw it.
 *
 * <pre>{@code
 * try (OrderedWork work = new OrderedWork(threads)) {
 *     for (Article article : articles) {
 *         work.submit(() -> { Result r = pipeline.process(article); return () -> store.load(r); });
 *     }
 * }
 * }</pre>
 */
public final class OrderedWork implements AutoCloseable {

    private static final AtomicInteger RUNS = new AtomicInteger();
    /**
     * Pieces that may wait for the writer, per worker. The writer takes them in order, so a long
     * article at the head holds back the finished ones behind it; with room for only two a
     * worker, the other workers ran out of work and the build used its 2 cores 1.90 of the time
     * over train, against 1.94 with eight (README, Performance).
     */
    private static final int WAITING_PER_THREAD = 8;

    private final ExecutorService workers;
    private final BlockingQueue<Future<Runnable>> queue;
    private final Thread writer;
    private final Future<Runnable> end = CompletableFuture.completedFuture(null);
    private volatile Throwable failure;
    private boolean closed;

    /** The default number of workers: one a core the JVM may use. */
    public static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Starts {@code threads} workers (at least 1) and the writer. */
    public OrderedWork(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, but was: " + threads);
        }
        int run = RUNS.incrementAndGet();
        AtomicInteger workerCount = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "diplograph-worker-" + run + "-" + workerCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.queue = new ArrayBlockingQueue<>(WAITING_PER_THREAD * threads);
        this.writer = new Thread(this::write, "diplograph-writer-" + run);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Runs {@code work} on a worker; the step it returns (null for none) runs on the writer after
     * the steps of everything submitted before. Blocks while the queue is full.
     */
    public void submit(Supplier<Runnable> work) {
        enqueue(CompletableFuture.supplyAsync(work, workers));
    }

    /** Runs {@code step} on the writer after the steps of everything submitted before. */
    public void then(Runnable step) {
        enqueue(CompletableFuture.completedFuture(step));
    }

    private void enqueue(Future<Runnable> future) {
        if (closed) {
            throw new IllegalStateException("this work is closed");
        }
        rethrowFailure();
        try {
            queue.put(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the writer", e);
        }
    }

    private void write() {
        while (true) {
            Future<Runnable> next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == end) {
                return;
            }
            if (failure != null) {
                continue; // drain, so that a blocked submit returns and sees the failure
            }
            try {
                Runnable step = next.get();
                if (step != null) {
                    step.run();
                }
            } catch (ExecutionException e) {
                failure = e.getCause() != null ? e.getCause() : e;
            } catch (Throwable e) {
                failure = e;
            }
        }
    }

    private void rethrowFailure() {
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown.getMessage(), thrown);
        }
    }

    /** Waits until every step has run, then stops the threads; throws what stopped the run, if anything did. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            queue.put(end);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new IllegalStateException("interrupted while waiting for the writer", e);
        } finally {
            workers.shutdownNow();
        }
        rethrowFailure();
    }
}
