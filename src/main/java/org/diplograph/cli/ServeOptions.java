package org.diplograph.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.serve.Server;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the commands that serve a store ({@code serve} and {@code demo}): where to
 * listen and the bounds of the endpoint, turned into a {@link Server.Builder}.
 */
final class ServeOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = Server.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every "
                    + "interface, then behind a reverse proxy with TLS and authentication.")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run before it is stopped and answered with 503 (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "Hosts a query may call with SERVICE, such as query.wikidata.org (default: none).")
    List<String> serviceHosts = new ArrayList<>();

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Most rows a query answers (default: ${DEFAULT-VALUE}); a lower LIMIT in the query is kept.")
    long maxRows;

    /**
     * A server builder with these options, checked.
     *
     * @throws ParameterException naming the option that is wrong, so that picocli reports a usage error
     */
    Server.Builder builder(CommandLine commandLine) {
        try {
            if (timeoutSeconds < 1) {
                throw new IllegalArgumentException(String.format("timeout must be positive, but was: %s", timeoutSeconds));
            }
            return Server.create()
                    .port(port)
                    .host(host)
                    .timeout(Duration.ofSeconds(timeoutSeconds))
                    .allowService(serviceHosts)
                    .maxRows(maxRows);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }
}
