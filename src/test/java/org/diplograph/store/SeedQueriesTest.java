package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.diplograph.Pipeline;
import org.diplograph.SharedFolder;
import org.diplograph.TestPipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query of queries/ run on a store built from the seed article, with rows checked. */
class SeedQueriesTest {

    @TempDir
    static Path folder;
    private static Store store;

    @BeforeAll
    static void buildSeed() {
        Article seed = Ingest.readFile(SharedFolder.dev().resolve("000_lavrov-terms.txt")).articles().get(0);
        Pipeline.Result result = TestPipeline.get().process(seed);
        store = Store.create().location(folder.resolve("seed")).build();
        store.replaceArticle(result.graph().name(), result.graph().graph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyQueryRunsAndAnswersOnTheSeed() throws IOException {
        List<String> empty = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file);
                if (QueriesTest.needsNetwork(text)) {
                    continue;
                }
                List<QuerySolution> rows = rows(text);
                if (rows.isEmpty() && !file.getFileName().toString().equals("actors-without-qid.rq")) {
                    empty.add(file.getFileName().toString());
                }
            }
        }
        assertTrue(empty.isEmpty(), () -> "queries that answer nothing on the seed: " + empty);
    }

    @Test
    void lavrovProposesSevenGuarantorsForUkraine() throws IOException {
        Set<String> guarantors = new TreeSet<>();
        for (QuerySolution row : rows(Files.readString(Path.of("queries", "guarantors-proposed.rq")))) {
            if (row.getLiteral("proposerLabel").getString().equals("Sergei Lavrov")) {
                guarantors.add(row.getLiteral("guarantorLabel").getString());
            }
        }
        assertEquals(Set.of("China", "France", "Germany", "Russia", "Turkey", "United Kingdom", "United States"), guarantors);
    }

    @Test
    void ukraineIsAskedToBeNeutralByLavrovAndByPutin() throws IOException {
        Set<String> proposers = new TreeSet<>();
        for (QuerySolution row : rows(Files.readString(Path.of("queries", "conditions-for-party.rq")))) {
            if (row.getResource("type").getLocalName().equals("Neutrality")) {
                proposers.add(row.getLiteral("proposerLabel").getString());
            }
        }
        assertTrue(proposers.containsAll(Set.of("Sergei Lavrov", "Vladimir Putin")),
                () -> "proposers of Ukraine's neutrality: " + proposers);
    }

    @Test
    void theRejectionComesWithItsEvidenceSentence() throws IOException {
        List<QuerySolution> rows = rows(Files.readString(Path.of("queries", "rejections-with-evidence.rq")));
        assertEquals(1, rows.size(), "the seed reports one rejection");
        assertTrue(rows.get(0).getLiteral("evidence").getString().contains("unacceptable"),
                () -> "evidence of the rejection: " + rows.get(0).getLiteral("evidence"));
    }

    @Test
    void actorsWithoutAQidLeaveOutTheGroupsOfGuarantors() throws IOException {
        List<String> groups = new ArrayList<>();
        for (QuerySolution row : rows(Files.readString(Path.of("queries", "actors-without-qid.rq")))) {
            if (row.getResource("kind").getLocalName().equals("ActorGroup")) {
                groups.add(row.getLiteral("label").getString());
            }
        }
        assertTrue(groups.isEmpty(), () -> "groups of guarantors listed as actors without a QID: " + groups);
        assertTrue(rows("PREFIX dip: <https://w3id.org/diplograph/ns#> SELECT ?g WHERE { ?g a dip:ActorGroup }").size() > 0,
                "the seed should have a group of guarantors, or this test proves nothing");
    }

    private static List<QuerySolution> rows(String query) {
        return store.calculate(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(QueryFactory.create(query)).build()) {
                ResultSet results = execution.execSelect();
                List<QuerySolution> list = new ArrayList<>();
                results.forEachRemaining(list::add);
                return list;
            }
        });
    }
}
