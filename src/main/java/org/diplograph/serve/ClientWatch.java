package org.diplograph.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.util.BufferUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a query whose client has gone. Jetty sees that a client closed its connection only when
 * it reads or writes on it, and while a query computes before its first row (a COUNT over a large
 * join, an ORDER BY) the server does neither, so such a query would keep a core busy until its
 * timeout for nobody. Every {@code interval} this watch tries a non-blocking read on the
 * connection of each running query: the end of the stream, or an error such as a reset, means the
 * client has closed the connection (or its sending side, which nginx treats as gone too), and the
 * query is aborted; Jena then stops it at its next step, as at a timeout.
 * <p>
 * Only HTTP/1 requests whose body has been read to its end are watched, so that what the probe
 * reads can only be the next request of a client that pipelines; such bytes are handed back to
 * the connection, which parses them when the current request is done, and that connection is not
 * probed again (its client is there). Jetty reads from the connection itself only before the
 * request is handled, when the handler reads the body, and after the response: never while the
 * watch is open, which {@link Watch#close()} ends before the response completes.
 */
final class ClientWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);

    /** How many bytes a probe may read: a pipelined request's bytes are handed back whole. */
    private static final int PROBE_BYTES = 8192;

    private final Duration interval;
    private final ScheduledExecutorService prober;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong stopped = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong handedBack = new AtomicLong();

    /** @param interval how often a running query's connection is probed: positive */
    ClientWatch(Duration interval) {
        this.interval = interval;
        this.prober = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "diplograph-client-watch");
            // A probe is a non-blocking read; the thread must not keep a stopped server's JVM alive.
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts watching the client of a query about to run; close the watch once the answer is
     * written (or has failed), before the request completes.
     *
     * @param id the request's number in the log
     */
    Watch watch(long id, HttpServletRequest request, QueryExec exec) {
        Watch watch = new Watch(id, exec, probed(request));
        running.incrementAndGet();
        if (watch.endPoint != null) {
            long millis = interval.toMillis();
            try {
                watch.schedule(prober.scheduleWithFixedDelay(watch::probe, millis, millis, TimeUnit.MILLISECONDS));
            } catch (RejectedExecutionException e) {
                // The server is stopping: the query runs unwatched, bounded by its timeout.
                LOG.debug("[{}] not watched: the server is stopping", id);
            }
        }
        return watch;
    }

    /** How many queries run now, watched or not. */
    int running() {
        return running.get();
    }

    /** How many queries were stopped because their client had gone. */
    long stopped() {
        return stopped.get();
    }

    /** How many probes have read from a connection. */
    long probes() {
        return probes.get();
    }

    /** How many times a probe read the start of a pipelined request and handed it back. */
    long handedBack() {
        return handedBack.get();
    }

    /** Stops probing; queries still running are no longer watched. */
    void shutdown() {
        prober.shutdownNow();
    }

    /**
     * The connection of {@code request} if it may be probed: HTTP/1 (under HTTP/2 a read would take
     * other streams' frames), a connection that takes bytes back, and a body already read to its
     * end. Fuseki reads a form or a {@code application/sparql-query} body before it runs the query;
     * any other body may still be unread, and a probe would take it.
     */
    private static Probed probed(HttpServletRequest request) {
        String type = request.getContentType() == null ? null : request.getContentType().toLowerCase(Locale.ROOT);
        boolean bodyRead = (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null)
                || type != null && (type.startsWith(WebContent.contentTypeHTMLForm) || type.startsWith(WebContent.contentTypeSPARQLQuery));
        if (!bodyRead) {
            return null;
        }
        ConnectionMetaData meta;
        try {
            meta = ServletContextRequest.getServletContextRequest(request).getConnectionMetaData();
        } catch (IllegalStateException e) {
            LOG.debug("not a Jetty request, not watched: {}", e.getMessage());
            return null;
        }
        Connection connection = meta.getConnection();
        boolean http1 = meta.getHttpVersion() == HttpVersion.HTTP_1_1 || meta.getHttpVersion() == HttpVersion.HTTP_1_0;
        if (!http1 || !(connection instanceof Connection.UpgradeTo takesBack)) {
            return null;
        }
        return new Probed(connection.getEndPoint(), takesBack);
    }

    private record Probed(EndPoint endPoint, Connection.UpgradeTo takesBack) {
    }

    /** The watch over one running query; see {@link ClientWatch}. */
    final class Watch implements AutoCloseable {

        private final long id;
        private final QueryExec exec;
        private final EndPoint endPoint;
        private final Connection.UpgradeTo takesBack;
        private final long started = System.nanoTime();
        /** Guarded by this: set once probing ends, so that no probe runs after {@link #close()}. */
        private boolean over;
        /** Guarded by this. */
        private boolean closed;
        private ScheduledFuture<?> schedule;

        private Watch(long id, QueryExec exec, Probed probed) {
            this.id = id;
            this.exec = exec;
            this.endPoint = probed == null ? null : probed.endPoint();
            this.takesBack = probed == null ? null : probed.takesBack();
        }

        private synchronized void schedule(ScheduledFuture<?> future) {
            if (over) {
                future.cancel(false);
            }
            this.schedule = future;
        }

        private synchronized void probe() {
            // Jetty waits to read (it should not while a query runs): the bytes are its own.
            if (over || endPoint.isFillInterested()) {
                return;
            }
            ByteBuffer bytes = BufferUtil.allocate(PROBE_BYTES);
            int read;
            try {
                read = endPoint.isOpen() ? endPoint.fill(bytes) : -1;
            } catch (IOException e) {
                // A reset or a broken connection: the client is as gone as after a close.
                read = -1;
            }
            probes.incrementAndGet();
            if (read < 0) {
                stopped.incrementAndGet();
                LOG.info("[{}] the client has gone: query stopped after {} ms", id,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                exec.abort();
                end();
            } else if (read > 0) {
                handBack(bytes);
            }
        }

        private void handBack(ByteBuffer bytes) {
            end();
            try {
                takesBack.onUpgradeTo(bytes);
                handedBack.incrementAndGet();
                LOG.debug("[{}] the client sent its next request while this one runs: handed back, probing ends", id);
            } catch (RuntimeException e) {
                // The next request is lost. A closed connection tells a pipelining client to send
                // again what was not answered; left open, it would wait for an answer that never comes.
                LOG.warn("[{}] the client's next request could not be handed back to the connection: closing it", id, e);
                exec.abort();
                endPoint.close(e);
            }
        }

        private void end() {
            over = true;
            if (schedule != null) {
                schedule.cancel(false);
            }
        }

        /** Ends the watch; once it returns, no probe reads from the connection. */
        @Override
        public void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                end();
            }
            running.decrementAndGet();
        }
    }
}
