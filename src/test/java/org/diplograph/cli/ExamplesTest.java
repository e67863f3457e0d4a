package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.diplograph.Pipeline;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example article of {@code examples/} yields a graph that validates and holds the facts the
 * article was written to state.
 */
class ExamplesTest {

    private static final Pipeline PIPELINE = Pipeline.create().build();

    private static final Path EXAMPLES = Path.of("examples");

    /**
     * The facts each example states, one per line: {@code Kind by Agent (Attribution): ConditionType
     * of Party on Object}, where the attribution and everything after the colon are optional, and so
     * are the party and the object. Agents, parties and objects are given by their labels.
     */
    private static final Map<String, List<String>> KEY_FACTS = Map.of(
            "camp-david-1978.txt", List.of(
                    "Acceptance by Israel: TroopWithdrawal of Israel",
                    "Acceptance by Israel: TerritorialCession of Israel",
                    "Offer by Egypt: TerritorialCession of Israel on Sinai",
                    "Proposal by Jimmy Carter: TerritorialCession of Israel on West Bank",
                    "Proposal by Jimmy Carter: Elections",
                    "Demand by Anwar Sadat: TroopWithdrawal of Israel",
                    "Offer by Israel (DirectQuote)",
                    "Rejection by Menachem Begin",
                    "Rejection by Palestine Liberation Organization"),
            "annapolis-2007.txt", List.of(
                    "Acceptance by Ehud Olmert: Negotiation of Israel",
                    "Acceptance by Mahmoud Abbas: Negotiation of Palestine",
                    "Demand by Ehud Olmert: Disarmament of Palestinian Authority",
                    "Demand by Mahmoud Abbas: PrisonerExchange of Israel",
                    "Demand by Mahmoud Abbas: TroopWithdrawal of Israel",
                    "Offer by Ehud Olmert (DirectQuote)",
                    "Rejection by Hamas",
                    "Acceptance by Saudi Arabia"),
            "saudi-iran-2023.txt", List.of(
                    "Acceptance by Saudi Arabia",
                    "Acceptance by Iran",
                    "Demand by Saudi Arabia (AnonymousSources): Ceasefire",
                    "Offer by Iran: HumanitarianAccess of Saudi Arabia",
                    "Rejection by Iran",
                    "Offer by China (DirectQuote): Negotiation"),
            "black-sea-grain-2022.txt", List.of(
                    "Acceptance by Russia",
                    "Acceptance by Ukraine",
                    "Proposal by António Guterres: SanctionsRelief of Russia",
                    "Demand by Russia: SanctionsRelief",
                    "Rejection by Ukraine",
                    "Proposal by Dmytro Kuleba (ReportedSpeech)",
                    "Offer by Ukraine (DirectQuote)",
                    "Offer by Recep Tayyip Erdoğan: Negotiation",
                    "Offer by Recep Tayyip Erdoğan: Ceasefire"));

    /** The security guarantees each example proposes: {@code Agent: Guarantor secures Beneficiary}. */
    private static final Map<String, List<String>> KEY_GUARANTEES = Map.of(
            "black-sea-grain-2022.txt", List.of(
                    "Dmytro Kuleba: Turkey secures Ukraine",
                    "Dmytro Kuleba: United Kingdom secures Ukraine",
                    "Dmytro Kuleba: United States secures Ukraine"));

    private static final Pattern FACT = Pattern.compile(
            "(\\w+) by (.+?)(?: \\((\\w+)\\))?(?:: (\\w+)(?: of (.+?))?(?: on (.+))?)?");

    private static final String PREFIXES = """
            PREFIX dip:  <https://w3id.org/diplograph/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** A statement, or one of its conditions, as found in a graph; absent parts are null. */
    private record Fact(String kind, String agent, String attribution, String condition, String party, String object) {

        static Fact parse(String text) {
            Matcher m = FACT.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("a key fact must read 'Kind by Agent (Attribution): Type of Party on Object', but was: " + text);
            }
            return new Fact(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
        }

        /** Whether {@code found} is this fact, where this fact leaves a part open. */
        boolean matches(Fact found) {
            return kind.equals(found.kind) && agent.equals(found.agent)
                    && (attribution == null || attribution.equals(found.attribution))
                    && (condition == null || condition.equals(found.condition))
                    && (party == null || party.equals(found.party))
                    && (object == null || object.equals(found.object));
        }

        @Override
        public String toString() {
            return kind + " by " + agent + (attribution == null ? "" : " (" + attribution + ")")
                    + (condition == null ? "" : ": " + condition + (party == null ? "" : " of " + party)
                    + (object == null ? "" : " on " + object));
        }
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted()
                    .toList().stream();
        }
    }

    @Test
    void everyExampleHasItsKeyFacts() throws IOException {
        assertEquals(new TreeSet<>(KEY_FACTS.keySet()), new TreeSet<>(examples().toList()),
                "the example articles and those whose key facts this test lists differ");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleValidatesAndStatesItsKeyFacts(String name) {
        Pipeline.Result result = process(name);
        assertTrue(result.valid(), name + " fails validation: " + result.report().violations());
        Model model = ModelFactory.createModelForGraph(result.graph().graph());

        List<Fact> found = facts(model);
        List<String> missing = new ArrayList<>();
        for (String expected : KEY_FACTS.getOrDefault(name, List.of())) {
            Fact fact = Fact.parse(expected);
            if (found.stream().noneMatch(fact::matches)) {
                missing.add(expected);
            }
        }
        assertTrue(missing.isEmpty(), name + ": missing facts " + missing + "\nfound:\n  "
                + String.join("\n  ", new TreeSet<>(found.stream().map(Fact::toString).toList())));

        Set<String> guarantees = new TreeSet<>(values(model, PREFIXES + """
                SELECT ?fact WHERE {
                  ?statement a dip:Proposal ; dip:agent/rdfs:label ?agent ; dip:hasGuarantee ?guarantee .
                  ?guarantee dip:guarantor/rdfs:label ?guarantor ; dip:beneficiary/rdfs:label ?beneficiary .
                  BIND(CONCAT(?agent, ": ", ?guarantor, " secures ", ?beneficiary) AS ?fact)
                }
                """));
        List<String> missingGuarantees = new ArrayList<>(KEY_GUARANTEES.getOrDefault(name, List.of()));
        missingGuarantees.removeAll(guarantees);
        assertTrue(missingGuarantees.isEmpty(), name + ": missing guarantees " + missingGuarantees + ", found " + guarantees);
        assertFalse(model.contains(null, model.createProperty("https://w3id.org/diplograph/ns#guarantorOf"), (RDFNode) null),
                name + ": a proposed guarantee is not in force, so no dip:guarantorOf may be asserted");
    }

    private static Pipeline.Result process(String name) {
        IngestResult read = Ingest.readFile(EXAMPLES.resolve(name));
        assertTrue(read.errors().isEmpty(), name + " does not read: " + read.errors());
        assertEquals(1, read.articles().size(), name + " must hold one article");
        return PIPELINE.process(read.articles().get(0));
    }

    /** Every statement of the graph, once bare and once with each of its conditions. */
    private static List<Fact> facts(Model model) {
        String query = PREFIXES + """
                SELECT ?kind ?agent ?attribution ?condition ?party ?object WHERE {
                  ?statement a dip:Statement, ?kindClass ; dip:agent/rdfs:label ?agent .
                  FILTER(?kindClass != dip:Statement)
                  BIND(STRAFTER(STR(?kindClass), "#") AS ?kind)
                  OPTIONAL { ?statement dip:attribution ?attributionConcept
                             BIND(STRAFTER(STR(?attributionConcept), "#") AS ?attribution) }
                  OPTIONAL {
                    ?statement dip:hasCondition ?c .
                    ?c dip:conditionType ?type .
                    BIND(STRAFTER(STR(?type), "#") AS ?condition)
                    OPTIONAL { ?c dip:obligedParty/rdfs:label ?party }
                    OPTIONAL { ?c dip:conditionObject/rdfs:label ?object }
                  }
                }
                """;
        List<Fact> facts = new ArrayList<>();
        QueryExecution.model(model).query(query).select().forEachRemaining(row -> {
            String kind = row.getLiteral("kind").getString();
            String agent = row.getLiteral("agent").getString();
            String attribution = row.contains("attribution") ? row.getLiteral("attribution").getString() : null;
            facts.add(new Fact(kind, agent, attribution, null, null, null));
            if (row.contains("condition")) {
                facts.add(new Fact(kind, agent, attribution, row.getLiteral("condition").getString(),
                        row.contains("party") ? row.getLiteral("party").getString() : null,
                        row.contains("object") ? row.getLiteral("object").getString() : null));
            }
        });
        return facts;
    }

    private static List<String> values(Model model, String query) {
        List<String> values = new ArrayList<>();
        QueryExecution.model(model).query(query).select()
                .forEachRemaining(row -> values.add(row.getLiteral("fact").getString()));
        return values;
    }
}
