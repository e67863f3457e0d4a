package org.diplograph.load;


import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The second server process of {@link GspLoadTest}: a Fuseki with one in-memory dataset
 * {@code /ds} open to updates, on a free loopback port, behind HTTP Basic authentication for the
 * users of a password file. It writes its port to a file once it listens and stops when its
 * standard input closes.
 *
 * <p>Arguments: the password file (Jetty's {@code user: password} lines), the file to write the port to.
 */
public final class AuthFuseki {

    private AuthFuseki() {
    }

    public static void main(String[] args) throws Exception {
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                .passwordFile(args[0])
                .auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.ANY_USER)
                .build()
                .start();
        ServerProcess.announce(args, server.getHttpPort());
        ServerProcess.serveUntilInputCloses();
        server.stop();
        System.exit(0);
    }
}
