package org.diplograph.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.http.client.RDF4JProtocolSession;
import org.eclipse.rdf4j.http.protocol.Protocol;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.util.Repositories;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;

/**
 * Loads into an RDF4J repository with RDF4J's own API: a repository of an RDF4J server (or of
 * GraphDB, which speaks the same protocol) by its URL, or a NativeStore in a local folder. Each
 * named graph becomes one context, written in one transaction that clears the context first
 * (replacing the graph) or, for a later run of the same graph in this load, adds to it.
 */
public final class Rdf4jTarget extends GraphAtATime {

    private final String description;
    private final Repository repository;
    private final boolean remote;

    private Rdf4jTarget(String description, Repository repository, boolean remote) {
        this.description = description;
        this.repository = repository;
        this.remote = remote;
    }

    /** The repository at {@code url} ({@code http://host:8080/rdf4j-server/repositories/ID}). */
    public static Rdf4jTarget http(String url, String user, String password) {
        HTTPRepository repository = httpRepository(url);
        if (user != null) {
            repository.setUsernameAndPassword(user, password == null ? "" : password);
        }
        return open("RDF4J repository " + url, repository, true, () -> missingRepository(repository, url, user, password));
    }

    private static HTTPRepository httpRepository(String url) {
        try {
            return new HTTPRepository(url);
        } catch (IllegalArgumentException e) {
            // RDF4J finds the server in the URL by its /repositories/ part: without it, it says only
            // "URL must be to a RDF4J Repository (not just the server)", and not which URL.
            throw new LoadException("RDF4J repository " + url + " cannot be used: " + reason(e)
                    + "; a repository's URL is http://HOST:PORT/rdf4j-server/repositories/ID", true, e);
        }
    }

    /** A NativeStore in {@code folder}, created when missing. */
    public static Rdf4jTarget nativeStore(Path folder) {
        return open("RDF4J native store at " + folder, new SailRepository(new NativeStore(folder.toFile())), false, () -> null);
    }

    /**
     * Opens the repository; a remote one is asked its size, so that a wrong URL or refused
     * credentials end the load at once. {@code explain} tells why a server that answered refused
     * the repository, where RDF4J's message does not.
     */
    private static Rdf4jTarget open(String description, Repository repository, boolean remote, Supplier<String> explain) {
        try {
            repository.init();
            if (remote) {
                // Outside a transaction: one request, and no transaction left open on the server.
                try (RepositoryConnection conn = repository.getConnection()) {
                    conn.size();
                }
            }
        } catch (RuntimeException e) {
            String why = remote && !unusable(e) ? explain.get() : null;
            try {
                repository.shutDown();
            } catch (RuntimeException ignored) {
                // the repository never opened
            }
            throw new LoadException(description + " cannot be used: " + (why != null ? why : reason(e)), true, e);
        }
        return new Rdf4jTarget(description, repository, remote);
    }

    /**
     * "The server ... has no repository ID", when the server at {@code url} answers and lists its
     * repositories without that one; else null. RDF4J's client reports a repository the server does
     * not know only as "Request failed with status 404" and the URL of the request it made (the
     * server's own "Unknown repository: ID" is dropped).
     */
    private static String missingRepository(HTTPRepository repository, String url, String user, String password) {
        String server = Protocol.getServerLocation(url);
        String id = Protocol.getRepositoryID(url);
        RDF4JProtocolSession session = repository.getHttpClientSessionManager().createRDF4JProtocolSession(server);
        try {
            if (user != null) {
                session.setUsernameAndPassword(user, password == null ? "" : password);
            }
            List<String> ids = new ArrayList<>();
            try (TupleQueryResult list = session.getRepositoryList()) {
                for (BindingSet row : list) {
                    Value value = row.getValue("id");
                    if (value != null) {
                        ids.add(value.stringValue());
                    }
                }
            }
            if (ids.contains(id)) {
                return null;
            }
            return "the RDF4J server " + server + " has no repository " + id
                    + (ids.isEmpty() ? " (it has none yet)" : " (it has " + String.join(", ", ids) + ")");
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            session.close();
        }
    }

    /** The repository, for queries after a load (the tests compare answers through it). */
    public Repository repository() {
        return repository;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    protected void put(Node name, Graph graph, boolean replace) {
        ValueFactory vf = repository.getValueFactory();
        IRI context = vf.createIRI(name.getURI());
        List<Statement> statements = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> statements.add(statement(vf, t, context)));
        try {
            Repositories.consume(repository, conn -> {
                graph.getPrefixMapping().getNsPrefixMap().forEach(conn::setNamespace);
                if (replace) {
                    conn.clear(context);
                }
                conn.add(statements, context);
            });
        } catch (RepositoryException e) {
            throw new LoadException(description + " refused graph " + name.getURI() + ": " + reason(e),
                    remote && unusable(e), e);
        } catch (RuntimeException e) {
            throw new LoadException(description + " could not load graph " + name.getURI() + ": " + reason(e), false, e);
        }
    }

    private static Statement statement(ValueFactory vf, Triple t, IRI context) {
        return vf.createStatement((Resource) value(vf, t.getSubject()), (IRI) value(vf, t.getPredicate()),
                value(vf, t.getObject()), context);
    }

    /** The RDF4J value of a Jena node: the same IRI, blank node label or literal. */
    static Value value(ValueFactory vf, Node node) {
        if (node.isURI()) {
            return vf.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return vf.createBNode(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return vf.createLiteral(node.getLiteralLexicalForm(), lang);
            }
            String datatype = node.getLiteralDatatypeURI();
            if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())) {
                return vf.createLiteral(node.getLiteralLexicalForm());
            }
            return vf.createLiteral(node.getLiteralLexicalForm(), vf.createIRI(datatype));
        }
        throw new IllegalArgumentException("not an RDF term: " + node);
    }

    /** Whether the failure is one every further graph would meet: no connection, refused credentials. */
    private static boolean unusable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t.getClass().getSimpleName().equals("UnauthorizedException")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && reason.indexOf(t.getMessage()) < 0) {
                if (reason.length() > 0) {
                    reason.append(": ");
                }
                // less a trailing colon, where a message meant to go on with its cause's and
                // did not ("could not read protocol version from server: ")
                reason.append(t.getMessage().replaceAll("\\s+", " ").replaceAll("[\\s:]+$", ""));
            }
        }
        return reason.length() == 0 ? e.getClass().getSimpleName() : reason.toString();
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
