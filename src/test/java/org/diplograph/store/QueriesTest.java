package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query in {@code queries/} parses with Jena and RDF4J and answers on the fixture articles
 * with the rows a reader of those articles expects; queries that join with Wikidata through
 * SERVICE need network, so they are parsed and checked but not run.
 */
class QueriesTest {

    private static final Path QUERIES = Path.of("queries");
    private static final String ACTOR = "https://w3id.org/diplograph/id/actor/";
    private static final String DIP = "https://w3id.org/diplograph/ns#";

    @TempDir
    static Path dir;

    private static Store store;

    @BeforeAll
    static void load() {
        store = Store.connect(dir);
        Fixtures.load(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static String text(String name) throws IOException {
        return Files.readString(QUERIES.resolve(name), StandardCharsets.UTF_8);
    }

    /** The rows of a SELECT query, each a map from variable to the IRI or lexical form bound. */
    private static List<Map<String, String>> rows(String query) {
        return store.calculate(ds -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(solution -> {
                    Map<String, String> row = new TreeMap<>();
                    solution.varNames().forEachRemaining(var -> row.put(var, lexical(solution.get(var))));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static String lexical(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static List<String> column(List<Map<String, String>> rows, String... vars) {
        return rows.stream()
                .map(row -> Stream.of(vars).map(v -> String.valueOf(row.get(v))).collect(Collectors.joining(" | ")))
                .toList();
    }

    private static void assertRows(Set<String> expected, List<String> actual, String query) {
        Set<String> missing = new TreeSet<>(expected);
        actual.forEach(missing::remove);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty() || actual.size() != expected.size()) {
            fail(query + ": missing rows " + missing + ", unexpected rows " + unexpected
                    + ", all rows " + actual);
        }
    }

    @Test
    void thereAreAtLeastNineQueriesEachWithItsQuestion() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 9, "expected at least 9 queries, found " + files);
        for (Path file : files) {
            String first = Files.readAllLines(file).get(0);
            assertTrue(first.startsWith("# ") && first.length() > 20,
                    file + " should open with a comment saying the question it answers, but opens with: " + first);
        }
    }

    @Test
    void everyQueryParsesWithJenaAndRdf4j() throws IOException {
        Map<String, String> failures = new LinkedHashMap<>();
        for (Path file : queryFiles()) {
            String query = Files.readString(file);
            try {
                QueryFactory.create(query, Syntax.syntaxSPARQL_11);
            } catch (QueryParseException e) {
                failures.put(file + " (Jena)", e.getMessage());
            }
            try {
                new SPARQLParser().parseQuery(query, null);
            } catch (MalformedQueryException e) {
                failures.put(file + " (RDF4J)", e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), "queries that do not parse: " + failures);
    }

    /**
     * Whether a query reaches out to another endpoint through SERVICE (Wikidata's): such a
     * query needs network, so the tests parse it but never run it.
     */
    static boolean needsNetwork(String query) {
        boolean[] service = {false};
        ElementWalker.walk(QueryFactory.create(query, Syntax.syntaxSPARQL_11).getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService element) {
                service[0] = true;
            }
        });
        return service[0];
    }

    @Test
    void theWikidataQueriesJoinThroughTheWikidataEndpointAndSayTheyNeedNetwork() throws IOException {
        List<String> joining = new ArrayList<>();
        for (Path file : queryFiles()) {
            String query = Files.readString(file);
            if (!needsNetwork(query)) {
                continue;
            }
            joining.add(file.getFileName().toString());
            assertTrue(query.contains("SERVICE <https://query.wikidata.org/sparql>"),
                    file + " uses SERVICE, but not with Wikidata's endpoint");
            String header = query.lines().takeWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
            assertTrue(header.contains("Needs network"), file + " does not say in its header comment that it needs network: " + header);
        }
        assertTrue(joining.size() >= 2, "expected at least two queries joining with Wikidata, found " + joining);
    }

    @Test
    void everyQueryWithoutServiceAnswersOnTheFixtures() throws IOException {
        List<String> empty = new ArrayList<>();
        for (Path file : queryFiles()) {
            if (needsNetwork(Files.readString(file))) {
                continue;
            }
            if (rows(Files.readString(file)).isEmpty()) {
                empty.add(file.getFileName().toString());
            }
        }
        assertTrue(empty.isEmpty(), "queries with no row on the fixtures: " + empty);
    }

    @Test
    void guarantorsProposedForUkraine() throws IOException {
        List<Map<String, String>> rows = rows(text("guarantors-proposed.rq"));
        assertRows(Set.of("France | Russia | " + DIP + "Proposal | 2024-05-10",
                        "Turkey | Russia | " + DIP + "Proposal | 2024-05-10"),
                column(rows, "guarantorLabel", "proposerLabel", "kind", "date"), "guarantors-proposed");
        assertEquals("France and Turkey guarantee Ukraine's security", rows.get(0).get("evidence"));
        assertEquals("https://news.example.org/2024/05/10/moscow-guarantors", rows.get(0).get("url"));
    }

    @Test
    void conditionsSetForUkraine() throws IOException {
        List<Map<String, String>> rows = rows(text("conditions-for-party.rq"));
        assertRows(Set.of(
                        DIP + "Neutrality | Russia | " + DIP + "Demand | 2024-05-10",
                        DIP + "NoAllianceMembership | Russia | " + DIP + "Demand | 2024-05-10",
                        DIP + "Neutrality | Kerem Ozdil | " + DIP + "Proposal | 2024-06-02",
                        DIP + "Neutrality | Russia | " + DIP + "Demand | 2024-06-02",
                        DIP + "Negotiation | Kerem Ozdil | " + DIP + "Offer | 2024-06-02"),
                column(rows, "type", "proposerLabel", "kind", "date"), "conditions-for-party");
        assertTrue(column(rows, "type", "objectLabel").contains(DIP + "NoAllianceMembership | NATO"),
                "the NATO condition should name its object: " + rows);
    }

    @Test
    void theParameterInValuesSelectsAnotherParty() throws IOException {
        String iceland = text("conditions-for-party.rq")
                .replace("VALUES ?party { <" + ACTOR + "Q212> }", "VALUES ?party { <" + ACTOR + "Q189> }");
        assertRows(Set.of(DIP + "Ceasefire | Espen Barth Eide | " + DIP + "Proposal | 2024-03-03"),
                column(rows(iceland), "type", "proposerLabel", "kind", "date"), "conditions-for-party for Iceland");
    }

    @Test
    void russiasTimelineIsInDateOrder() throws IOException {
        List<Map<String, String>> rows = rows(text("actor-timeline.rq"));
        assertEquals(List.of(
                        "2024-05-10 | " + DIP + "Demand | " + DIP + "Neutrality",
                        "2024-05-10 | " + DIP + "Demand | " + DIP + "NoAllianceMembership",
                        "2024-05-10 | " + DIP + "Proposal | null",
                        "2024-06-02 | " + DIP + "Demand | " + DIP + "Neutrality"),
                column(rows, "date", "kind", "conditionType").stream().sorted().toList());
        List<String> dates = column(rows, "date");
        assertEquals(dates.stream().sorted().toList(), dates, "rows are not in date order");
        assertTrue(rows.stream().allMatch(r -> r.get("speakerLabel").equals("Russia")), rows.toString());
    }

    @Test
    void aPersonsStatementsCountForTheStateTheyRepresent() throws IOException {
        String turkey = text("actor-timeline.rq")
                .replace("VALUES ?actor { <" + ACTOR + "Q159> }", "VALUES ?actor { <" + ACTOR + "Q43> }");
        assertRows(Set.of("Kerem Ozdil | " + DIP + "Proposal", "Kerem Ozdil | " + DIP + "Offer"),
                column(rows(turkey), "speakerLabel", "kind"), "actor-timeline for Turkey");
    }

    @Test
    void rejectionsComeWithEvidenceAndSource() throws IOException {
        List<Map<String, String>> rows = rows(text("rejections-with-evidence.rq"));
        assertEquals(List.of(
                        "Iceland | Iceland rejected the plan | https://news.example.org/2024/03/04/arctic-talks",
                        "Ukraine | Kyiv rejected any neutral status | https://news.example.org/2024/06/02/ankara-talks"),
                column(rows, "agentLabel", "evidence", "url"));
        assertEquals("Norway", rows.get(0).get("concernsLabel"));
    }

    @Test
    void actorsWithTheirWikidataEntities() throws IOException {
        assertRows(Set.of(
                        "France | http://www.wikidata.org/entity/Q142",
                        "Iceland | http://www.wikidata.org/entity/Q189",
                        "NATO | http://www.wikidata.org/entity/Q7184",
                        "Norway | http://www.wikidata.org/entity/Q20",
                        "Russia | http://www.wikidata.org/entity/Q159",
                        "Turkey | http://www.wikidata.org/entity/Q43",
                        "Ukraine | http://www.wikidata.org/entity/Q212"),
                column(rows(text("actors-wikidata.rq")), "label", "wikidata"), "actors-wikidata");
    }

    @Test
    void conditionsSharedByTwoActors() throws IOException {
        List<Map<String, String>> rows = rows(text("shared-conditions.rq"));
        assertEquals(List.of(DIP + "Neutrality | Ukraine | 2"), column(rows, "type", "partyLabel", "proposers"));
        assertEquals(Set.of("Russia", "Kerem Ozdil"), Set.of(rows.get(0).get("proposedBy").split(", ")));
    }

    @Test
    void evidenceOfEveryFactOrOfOne() throws IOException {
        List<Map<String, String>> all = rows(text("evidence-of-fact.rq"));
        assertEquals(15, all.size(), "3 + 5 + 7 facts with evidence in the three fixtures: " + all);
        String rejection = "https://w3id.org/diplograph/id/statement/3f2a9c0d41b7e6a8-52fe0b19";
        String one = text("evidence-of-fact.rq").replace("VALUES ?fact { UNDEF }", "VALUES ?fact { <" + rejection + "> }");
        assertEquals(List.of("Iceland rejected the plan | 121 | 146 | Norway proposes Arctic fishing truce"),
                column(rows(one), "evidence", "begin", "end", "headline"));
    }

    @Test
    void statementsCountedByCameoCode() throws IOException {
        assertEquals(List.of("020 | 3 | Proposal", "036 | 1 | Offer", "100 | 2 | Demand", "120 | 2 | Rejection"),
                column(rows(text("statements-by-cameo.rq")), "cameoCode", "statements", "kinds"));
        String rejections = text("statements-by-cameo.rq").replace("VALUES ?prefix { \"\" }", "VALUES ?prefix { \"12\" }");
        assertEquals(List.of("120 | 2"), column(rows(rejections), "cameoCode", "statements"));
    }

    @Test
    void factsCountedByTheirRule() throws IOException {
        assertEquals(List.of(
                        "condition-cues:Neutrality | 3 | 0 | 3 | 0 | 0.73",
                        "frame:say | 3 | 3 | 0 | 0 | 0.78",
                        "speech-acts:reject/VERB | 2 | 2 | 0 | 0 | 0.7",
                        "condition-cues:Ceasefire | 1 | 0 | 1 | 0 | 0.8",
                        "condition-cues:Negotiation | 1 | 0 | 1 | 0 | 0.7",
                        "condition-cues:NoAllianceMembership | 1 | 0 | 1 | 0 | 0.75",
                        "guarantee-reader | 1 | 0 | 0 | 1 | 0.7",
                        "speech-acts:demand/NOUN | 1 | 1 | 0 | 0 | 0.65",
                        "speech-acts:offer/VERB | 1 | 1 | 0 | 0 | 0.7",
                        "speech-acts:propose/VERB | 1 | 1 | 0 | 0 | 0.7"),
                column(rows(text("facts-by-rule.rq")), "rule", "facts", "statements", "conditions", "guarantees", "meanConfidence"));
        String speechActs = text("facts-by-rule.rq").replace("VALUES ?prefix { \"\" }", "VALUES ?prefix { \"speech-acts:\" }");
        assertEquals(List.of("speech-acts:reject/VERB", "speech-acts:demand/NOUN", "speech-acts:offer/VERB", "speech-acts:propose/VERB"),
                column(rows(speechActs), "rule"));
    }

    @Test
    void actorsWithoutAQid() throws IOException {
        List<Map<String, String>> rows = rows(text("actors-without-qid.rq"));
        assertEquals(List.of("Kerem Ozdil | Turkey | 2", "Espen Barth Eide | Norway | 1"),
                column(rows, "label", "representsLabel", "statements"));
        assertFalse(column(rows, "label").contains("Ukraine"), rows.toString());
    }
}
