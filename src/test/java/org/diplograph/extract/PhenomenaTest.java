package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplograph.Pipeline;
import org.diplograph.TestPipeline;
import org.diplograph.eval.ArticleScore;
import org.diplograph.eval.GoldArticle;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One short article per phenomenon the extractor must handle by a general rule (quotes with the
 * speaker after them, nested reports, anonymous sources, condition cues, guarantor lists,
 * passives, negation, titles and pronouns, demonyms and metonyms, conditional offers, rejections
 * of another side's plan, text without diplomacy). Each {@code NN_name.txt} is scored against
 * {@code NN_name.gold.json} through the RDF, as {@code eval} scores, and must match exactly; the
 * attribution of every gold statement must be found too. These are fixtures of the candidate
 * layer's rules, so they run through the rules alone; what the learned decisions do with the
 * candidates is measured by cross-validation over the training corpus ({@code eval --cross-validate}).
 */
class PhenomenaTest {

    private static final String FOLDER = "/org/diplograph/extract/phenomena";

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void factsMatchTheExpectedOnes(String name) throws Exception {
        Pipeline.Result result = process(name);
        GoldArticle gold = GoldArticle.read(folder().resolve(name + ".gold.json"));
        ArticleScore score = ArticleScore.score(result.graph().graph(), gold);
        List<String> problems = new ArrayList<>(score.differences());
        problems.addAll(missingAttributions(name, result));
        assertTrue(problems.isEmpty(), () -> name + " differs from its expected facts:\n" + String.join("\n", problems));
    }

    /**
     * What ../shared/eval/check_gold.py asks of the corpus and scoring never reads, asked of the
     * fixtures too: each statement's evidence is a verbatim span of the article, and each
     * {@code Other} condition has a label.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goldKeepsTheGuidelines(String name) throws IOException {
        String article = Files.readString(folder().resolve(name + ".txt"));
        JsonObject gold = JSON.parse(Files.readString(folder().resolve(name + ".gold.json")));
        List<String> problems = new ArrayList<>();
        for (JsonValue value : gold.get("statements").getAsArray()) {
            JsonObject statement = value.getAsObject();
            String evidence = statement.get("evidence").getAsString().value();
            if (!article.contains(evidence)) {
                problems.add(statement.get("id").getAsString().value() + " evidence is not a verbatim span of the article: " + evidence);
            }
        }
        for (JsonValue value : gold.get("conditions").getAsArray()) {
            JsonObject condition = value.getAsObject();
            boolean labelled = condition.hasKey("label") && condition.get("label").isString()
                    && !condition.get("label").getAsString().value().isBlank();
            if (condition.get("type").getAsString().value().equals("Other") && !labelled) {
                problems.add("Other condition of " + condition.get("statement").getAsString().value() + " has no label");
            }
        }
        assertTrue(problems.isEmpty(), () -> name + ".gold.json breaks the guidelines:\n" + String.join("\n", problems));
    }

    @Test
    void aDeniedRejectionIsKeptAsNegated() throws Exception {
        Model model = ModelFactory.createModelForGraph(process("07_negation").graph().graph());
        String query = "PREFIX dip: <" + DIP.NAMESPACE + ">\n"
                + "ASK { ?s a dip:Rejection ; dip:negated true ; dip:evidence/dip:text ?text "
                + "FILTER(CONTAINS(?text, \"did not reject\")) }";
        try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
            assertTrue(execution.execAsk(), "\"did not reject\" must give a Rejection marked dip:negated true");
        }
    }

    private static List<String> missingAttributions(String name, Pipeline.Result result) throws IOException {
        Model model = ModelFactory.createModelForGraph(result.graph().graph());
        JsonObject gold = JSON.parse(Files.readString(folder().resolve(name + ".gold.json")));
        List<String> missing = new ArrayList<>();
        for (JsonValue value : gold.get("statements").getAsArray()) {
            JsonObject statement = value.getAsObject();
            if (!statement.hasKey("attribution")) {
                continue;
            }
            String kind = statement.get("type").getAsString().value();
            String attribution = statement.get("attribution").getAsString().value();
            QuerySolutionMap bindings = new QuerySolutionMap();
            bindings.add("kind", ResourceFactory.createResource(DIP.NAMESPACE + kind));
            bindings.add("attribution", ResourceFactory.createResource(DIP.NAMESPACE + attribution));
            String query = "PREFIX dip: <" + DIP.NAMESPACE + ">\n"
                    + "ASK { ?s a ?kind ; dip:attribution ?attribution FILTER NOT EXISTS { ?s dip:negated true } }";
            try (QueryExecution execution = QueryExecution.model(model).query(query).substitution(bindings).build()) {
                if (!execution.execAsk()) {
                    missing.add("attribution " + kind + " " + attribution + " | " + statement.get("evidence").getAsString().value());
                }
            }
        }
        return missing;
    }

    private static Pipeline.Result process(String name) throws Exception {
        IngestResult read = Ingest.readFile(folder().resolve(name + ".txt"));
        assertTrue(read.errors().isEmpty(), () -> name + " must ingest cleanly: " + read.errors());
        return TestPipeline.rulesOnly().process(read.articles().get(0));
    }

    private static Path folder() {
        try {
            return Path.of(PhenomenaTest.class.getResource(FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the phenomena folder has no file path: " + FOLDER, e);
        }
    }
}
