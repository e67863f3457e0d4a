package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.diplograph.store.Store;
import org.diplograph.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code query [--loc=DIR] (FILE.rq | --query=STRING) [--results=text|tsv|csv|json]}: runs one
 * SPARQL query on the store, whose default graph is the union of the article graphs, and prints
 * the results. CONSTRUCT and DESCRIBE print Turtle.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query on the store and prints the results.")
public final class QueryCommand implements Callable<Integer> {

    private static final Map<String, Lang> RESULTS = Map.of(
            "tsv", ResultSetLang.RS_TSV,
            "csv", ResultSetLang.RS_CSV,
            "json", ResultSetLang.RS_JSON);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Parameters(arity = "0..1", paramLabel = "FILE.rq", description = "File holding the query.")
    Path file;

    @Option(names = "--query", paramLabel = "STRING", description = "The query itself, instead of a file.")
    String queryString;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of SELECT and ASK results: text, tsv, csv or json (default: ${DEFAULT-VALUE}).")
    String results;

    @Override
    public Integer call() {
        if ((file == null) == (queryString == null)) {
            throw new ParameterException(spec.commandLine(),
                    "give the query either as FILE.rq or as --query=STRING, "
                            + (file == null ? "but neither was given" : "not both"));
        }
        if (!results.equals("text") && !RESULTS.containsKey(results)) {
            throw new ParameterException(spec.commandLine(),
                    "--results must be one of text, tsv, csv, json, but was: " + results);
        }
        PrintWriter err = spec.commandLine().getErr();
        Query query;
        try {
            query = parse();
        } catch (IOException e) {
            err.println("cannot read the query file " + file + ": "
                    + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
            return 1;
        } catch (QueryParseException e) {
            err.printf("%s: parse error at line %d, column %d: %s%n", file == null ? "--query" : file,
                    e.getLine(), e.getColumn(), firstLine(e.getMessage()));
            return 1;
        }
        try (Store opened = store.open(); OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            opened.consume(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    print(query, qe, out);
                }
            });
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("the query failed: " + e.getMessage());
            return 1;
        }
    }

    private Query parse() throws IOException {
        String text = file == null ? queryString : Files.readString(file, StandardCharsets.UTF_8);
        return QueryFactory.create(text, Syntax.syntaxARQ);
    }

    private void print(Query query, QueryExecution qe, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rows = qe.execSelect();
            if (results.equals("text")) {
                ResultSetFormatter.out(out, rows, query);
            } else {
                ResultSetMgr.write(out, rows, RESULTS.get(results));
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (results.equals("text")) {
                ResultSetFormatter.out(out, answer);
            } else {
                ResultSetMgr.write(out, answer, RESULTS.get(results));
            }
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
        } else if (query.isDescribeType()) {
            RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
        } else {
            throw new IllegalArgumentException("cannot run a query of type " + query.queryType());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
