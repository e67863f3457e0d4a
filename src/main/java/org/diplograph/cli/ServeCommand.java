package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.diplograph.serve.Server;
import org.diplograph.serve.ServerException;
import org.diplograph.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code serve [--loc=DIR] [--port=3030] [--host=ADDR] [--timeout=SECONDS] [--allow-service=HOST,...]
 * [--max-rows=N]}: serves the store read-only over HTTP, with the query editor, until the process
 * is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over HTTP, read-only: SPARQL endpoint, query editor and graph view, on 127.0.0.1 unless told otherwise.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Mixin
    ServeOptions serving;

    private volatile Server running;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Server.Builder builder = serving.builder(spec.commandLine());
        Server server;
        try {
            server = builder.location(store.existing()).build().start();
        } catch (StoreException | ServerException e) {
            err.println(e.getMessage());
            return 1;
        }
        running = server;
        Thread stopOnExit = new Thread(server::stop, "diplograph-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        out.printf("Serving the store at %s on %s%n", store.location, server.url());
        out.printf("Graph view:      %s%n", server.url());
        out.printf("Query UI:        %s%n", server.queryUiUrl());
        out.printf("SPARQL endpoint: %s%n", server.sparqlUrl());
        out.printf("Bounds:          %s%n", server.bounds());
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already and stops the server
        }
        return 0;
    }

    /** Stops a server started by {@link #call()}, which then returns; for embedding and tests. */
    void stop() {
        Server server = running;
        if (server != null) {
            server.stop();
        }
    }
}
