package org.diplograph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path portFile = Path.of(args[1]);
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".part");
        Files.writeString(partial, Integer.toString(server.getHttpPort()));
        Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE);
        while (System.in.read() >= 0) {
            // runs until the test closes our standard input
        }
        server.stop();
        System.exit(0);
    }
}
