package org.diplograph.load;

import java.nio.file.Path;

import org.eclipse.jetty.ee8.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The second server process of {@link Rdf4jServerLoadTest}: RDF4J Server, the
 * {@code rdf4j-http-server} web application, in Jetty's ee8 (javax.servlet) web application
 * container at {@code /rdf4j-server} on a free loopback port. Its data folder is the system
 * property {@code org.eclipse.rdf4j.appdata.basedir}, which the test sets. It writes its port to a
 * file once the application has started and stops when its standard input closes (so also when
 * the test's JVM ends, however it ends).
 *
 * <p>It runs on its own classpath (Jetty's jars, see {@code rdf4j-server-classpath} in
 * {@code core/pom.xml}); the test classpath's Fuseki runs Jetty's ee10 environment instead.
 *
 * <p>Arguments: the unpacked web application, Jetty's work folder, the file to write the port to.
 */
public final class Rdf4jServer {

    private Rdf4jServer() {
    }

    public static void main(String[] args) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/rdf4j-server");
        webapp.setWar(args[0]);
        webapp.setTempDirectory(Path.of(args[1]).toFile());
        // A web application that fails to start ends this process, rather than leaving a server
        // that answers 503 to everything.
        webapp.setThrowUnavailableOnStartupException(true);
        server.setHandler(webapp);
        try {
            server.start();
        } catch (Exception e) {
            e.printStackTrace();
            server.stop();
            System.exit(2);
        }
        ServerProcess.announce(args, connector.getLocalPort());
        ServerProcess.serveUntilInputCloses();
        server.stop();
        System.exit(0);
    }
}
