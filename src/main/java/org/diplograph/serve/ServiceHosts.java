package org.diplograph.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which hosts a query's {@code SERVICE} may call: none unless named. Without this a public
 * endpoint makes HTTP requests wherever a query tells it to (inside the operator's network too)
 * and hands back what came back. A call to a host not named is refused before any request is
 * made (Jena's {@link QueryDeniedException}, which Fuseki answers with 422); a call that fails is
 * reported with the host and the HTTP status only, never with what the remote sent, which is
 * not logged either.
 */
final class ServiceHosts implements ChainingServiceExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceHosts.class);

    private final Set<String> hosts;

    private ServiceHosts(Set<String> hosts) {
        this.hosts = hosts;
    }

    /**
     * Checks and normalises host names as given on the command line.
     *
     * @throws IllegalArgumentException for an empty name or one that is not a bare host name
     */
    static Set<String> checked(Collection<String> hosts) {
        Set<String> names = new TreeSet<>();
        for (String host : hosts) {
            String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !name.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
                throw new IllegalArgumentException(String.format(
                        "a SERVICE host must be a host name such as query.wikidata.org, but was: %s", host));
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Sets {@code context} up so that queries run in it call only {@code hosts} through SERVICE:
     * Jena's switch for SERVICE over HTTP, and a registry of service executors whose only
     * executor is Jena's HTTP one behind this check.
     */
    static void configure(Context context, Set<String> hosts) {
        context.set(ARQ.httpServiceAllowed, !hosts.isEmpty());
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new ServiceHosts(Set.copyOf(hosts)));
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        String host = allowedHost(opExecute.getService());
        return new Guarded(calling(host, () -> chain.createExecution(opExecute, opOriginal, binding, execCxt)), host);
    }

    /** Runs a step of the call to {@code host}; a failure but a timeout becomes {@link #failed}. */
    private static <T> T calling(String host, Supplier<T> step) {
        try {
            return step.get();
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed(host, e);
        }
    }

    private String allowedHost(Node service) {
        if (!service.isURI()) {
            throw new QueryDeniedException("SERVICE is allowed only to a fixed IRI");
        }
        URI iri;
        try {
            iri = new URI(service.getURI());
        } catch (URISyntaxException e) {
            throw new QueryDeniedException("SERVICE is allowed only to an http or https IRI");
        }
        String scheme = iri.getScheme() == null ? "" : iri.getScheme().toLowerCase(Locale.ROOT);
        String host = iri.getHost() == null ? "" : iri.getHost().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || host.isEmpty() || iri.getRawUserInfo() != null) {
            throw new QueryDeniedException("SERVICE is allowed only to an http or https IRI with a host name");
        }
        if (!hosts.contains(host)) {
            throw new QueryDeniedException(hosts.isEmpty()
                    ? "SERVICE is not allowed on this server"
                    : String.format("SERVICE to %s is not allowed on this server; allowed hosts: %s",
                            host, String.join(", ", new TreeSet<>(hosts))));
        }
        return host;
    }

    /**
     * The failure reported for {@code host}: its HTTP status when there was one, nothing it sent.
     * Fuseki answers it with 502 and this message alone.
     */
    private static QueryExceptionHTTP failed(String host, RuntimeException cause) {
        String status = cause instanceof QueryExceptionHTTP http && http.getStatusCode() > 0
                ? " (HTTP " + http.getStatusCode() + ")"
                : "";
        if (status.isEmpty()) {
            // No reply came (no connection, no name, an unreadable answer): the root cause says which.
            Throwable root = cause;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            LOG.warn("SERVICE call to {} failed: {}", host, root.getClass().getSimpleName());
        } else {
            LOG.warn("SERVICE call to {} failed{}", host, status);
        }
        return new QueryExceptionHTTP(502, "the SERVICE call to " + host + " failed" + status);
    }

    /** The remote's answer, read lazily: a failure while reading it is reported as the call's. */
    private static final class Guarded extends QueryIteratorWrapper {

        private final String host;

        Guarded(QueryIterator remote, String host) {
            super(remote);
            this.host = host;
        }

        @Override
        protected boolean hasNextBinding() {
            return calling(host, super::hasNextBinding);
        }

        @Override
        protected Binding moveToNextBinding() {
            return calling(host, super::moveToNextBinding);
        }
    }
}
