package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class QueryCommandTest extends FixtureStoreTest {

    private static final String STATES = "PREFIX dip: <https://w3id.org/diplograph/ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label { ?s a dip:State ; rdfs:label ?label } ORDER BY ?label";

    @Test
    void aQueryFileGivesCsvRows() {
        CliRun run = CliRun.run(new QueryCommand(), loc, "queries/rejections-with-evidence.rq", "--results=csv");
        assertEquals(0, run.code(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("date,agentLabel,concernsLabel,evidence,url,headline,sourceFile", lines.get(0), run.toString());
        assertEquals(3, lines.size(), run.toString());
        assertTrue(lines.get(1).startsWith("2024-03-04,Iceland,Norway,Iceland rejected the plan,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2024-06-02,Ukraine,Russia,Kyiv rejected any neutral status,"), lines.get(2));
    }

    @Test
    void aQueryStringGivesJsonResults() {
        CliRun run = CliRun.run(new QueryCommand(), loc, "--query=" + STATES, "--results=json");
        assertEquals(0, run.code(), run.toString());
        Set<String> labels = new TreeSet<>();
        for (JsonValue row : JSON.parse(run.out()).get("results").getAsObject().get("bindings").getAsArray()) {
            labels.add(row.getAsObject().get("label").getAsObject().get("value").getAsString().value());
        }
        assertEquals(new TreeSet<>(List.of("France", "Iceland", "Norway", "Russia", "Turkey", "Ukraine")), labels);
    }

    @Test
    void textIsTheDefaultAndTsvIsThere() {
        CliRun text = CliRun.run(new QueryCommand(), loc, "--query=" + STATES);
        assertEquals(0, text.code(), text.toString());
        assertTrue(text.out().contains("| \"Iceland\" |"), text.toString());
        assertEquals(6 + 4, text.out().lines().count(), "six rows in a table with a header: " + text);

        CliRun tsv = CliRun.run(new QueryCommand(), loc, "--query=" + STATES, "--results=tsv");
        assertEquals(List.of("?label", "\"France\"", "\"Iceland\"", "\"Norway\"", "\"Russia\"", "\"Turkey\"", "\"Ukraine\""),
                tsv.out().lines().toList(), tsv.toString());
    }

    @Test
    void askAndConstructQueriesAnswer() {
        CliRun ask = CliRun.run(new QueryCommand(), loc,
                "--query=ASK { ?s <https://w3id.org/diplograph/ns#cameoCode> \"120\" }");
        assertEquals(0, ask.code(), ask.toString());
        assertEquals("yes", ask.out().strip());

        CliRun construct = CliRun.run(new QueryCommand(), loc, "--query=CONSTRUCT { ?s ?p ?o } WHERE "
                + "{ ?s a <https://w3id.org/diplograph/ns#Evidence> ; ?p ?o }");
        assertEquals(0, construct.code(), construct.toString());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(construct.out().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).parse(graph);
        assertEquals(13 * 5, graph.size(), "five triples for each of the 13 evidence spans: " + construct);
    }

    @Test
    void aParseErrorNamesTheFileLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "# a query with a typo\nSELECT ?s\nWHERE { ?s ?p ?o .. }\n");
        CliRun run = CliRun.run(new QueryCommand(), loc, bad.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().startsWith(bad + ": parse error at line 3, column "), run.toString());
        assertEquals("", run.out());

        CliRun inline = CliRun.run(new QueryCommand(), loc, "--query=SELECT * WHERE { ?s ?p }");
        assertEquals(1, inline.code(), inline.toString());
        assertTrue(inline.err().startsWith("--query: parse error at line 1, column "), inline.toString());
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        CliRun neither = CliRun.run(new QueryCommand(), loc);
        assertEquals(2, neither.code(), neither.toString());
        assertTrue(neither.err().contains("give the query either as FILE.rq or as --query=STRING, but neither was given"),
                neither.toString());

        CliRun both = CliRun.run(new QueryCommand(), loc, "queries/actors-wikidata.rq", "--query=" + STATES);
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().contains("not both"), both.toString());

        CliRun format = CliRun.run(new QueryCommand(), loc, "--query=" + STATES, "--results=xml");
        assertEquals(2, format.code(), format.toString());
        assertTrue(format.err().contains("--results must be one of text, tsv, csv, json, but was: xml"), format.toString());
    }

    @Test
    void missingStoreOrFileIsReported() {
        Path nowhere = dir.resolve("nowhere");
        CliRun noStore = CliRun.run(new QueryCommand(), "--loc=" + nowhere, "--query=" + STATES);
        assertEquals(1, noStore.code(), noStore.toString());
        assertEquals("no store at " + nowhere + ": build one first, or give its folder with --loc=DIR",
                noStore.err().strip());
        assertTrue(Files.notExists(nowhere), "a query created a store folder");

        CliRun noFile = CliRun.run(new QueryCommand(), loc, dir.resolve("missing.rq").toString());
        assertEquals(1, noFile.code(), noFile.toString());
        assertEquals("cannot read the query file " + dir.resolve("missing.rq") + ": no such file", noFile.err().strip());
    }
}
