package org.diplograph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.Pipeline;
import org.diplograph.extract.StatementKind;
import org.diplograph.ingest.Article;
import org.diplograph.rdf.DIP;

/**
 * The PLOVER benchmark: runs the pipeline on each sentence of a PLOVER gold-standard file
 * (a JSON array of coded records) and compares the statements extracted with the event
 * type and source actors a human coder gave it. An external check, not a target to tune
 * the extraction rules to.
 *
 * <pre>{@code
 * PloverResult result = PloverBenchmark.create().file(Path.of(PloverBenchmark.DEFAULT_FILE))
 *         .pipeline(pipeline).build().run();
 * }</pre>
 *
 * Each sentence is processed alone, as an article without date, by
 * {@link Pipeline#process}, the path build takes; its graph is read back through the
 * ontology terms. Which PLOVER types map to which kind is the table
 * {@code plover-kinds.tsv} beside this class; how the figures count is {@link PloverResult}.
 */
public final class PloverBenchmark {

    /** The gold-standard file of the shared folder, relative to the repository. */
    public static final String DEFAULT_FILE = "../shared/eval/external/PLOVER/PLOVER_GSR_CAMEO.txt";


    private final Path file;
    private final Pipeline pipeline;
    private final PloverMapping mapping;
    private final List<PloverRecord> records;

    private PloverBenchmark(Builder builder) {
        this.file = builder.file;
        this.pipeline = builder.pipeline;
        this.mapping = PloverMapping.bundled();
        this.records = PloverRecord.read(file);
        for (PloverRecord record : records) {
            if (!mapping.lists(record.type())) {
                throw new IllegalArgumentException("record " + record.id() + " of PLOVER file " + file + " has event type "
                        + record.type() + ", which the mapping table does not list; listed are " + mapping.table().keySet());
            }
        }
    }

    public static Builder create() {
        return new Builder();
    }

    /** Configures a {@link PloverBenchmark}: the file to score and the pipeline to score. */
    public static final class Builder {
        private Path file;
        private Pipeline pipeline;

        private Builder() {
        }

        /** The gold-standard file, a JSON array of PLOVER records. */
        public Builder file(Path file) {
            if (file == null) {
                throw new IllegalArgumentException("PLOVER file must not be null");
            }
            this.file = file;
            return this;
        }

        public Builder pipeline(Pipeline pipeline) {
            if (pipeline == null) {
                throw new IllegalArgumentException("pipeline must not be null");
            }
            this.pipeline = pipeline;
            return this;
        }

        /**
         * Reads the file and checks that every record's type is in the mapping table.
         *
         * @throws IllegalArgumentException naming the file and the reason when it is missing,
         *                                  not JSON, not a list of records, or has a type the table does not list
         */
        public PloverBenchmark build() {
            if (file == null) {
                throw new IllegalStateException("PLOVER file must be set before build()");
            }
            if (pipeline == null) {
                throw new IllegalStateException("pipeline must be set before build()");
            }
            return new PloverBenchmark(this);
        }
    }

    /** The number of coded records the file holds. */
    public int size() {
        return records.size();
    }

    /** Runs the pipeline on every record and scores it. */
    public PloverResult run() {
        List<PloverResult.Outcome> outcomes = new ArrayList<>();
        for (PloverRecord record : records) {
            Article article = new Article(articleId(record.id()), null, null, null, record.text(), file + "#" + record.id());
            Pipeline.Result result = pipeline.process(article);
            outcomes.add(score(record, mapping.kindOf(record.type()), result.graph().graph(), !result.valid()));
        }
        return new PloverResult(file.toString(), outcomes);
    }

    /** An IRI-safe article id from a record id. */
    private static String articleId(String recordId) {
        return "plover-" + recordId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /**
     * Scores one record against the graph of its sentence; a graph that failed validation
     * ({@code rejected}) counts as nothing extracted.
     */
    static PloverResult.Outcome score(PloverRecord record, Optional<StatementKind> expected, Graph graph, boolean rejected) {
        Set<StatementKind> kinds = EnumSet.noneOf(StatementKind.class);
        Set<String> agents = new LinkedHashSet<>();
        boolean byCode = false;
        boolean byLabel = false;
        Model model = ModelFactory.createModelForGraph(graph);
        List<Resource> statements = rejected ? List.of() : model.listSubjectsWithProperty(RDF.type, DIP.Statement).toList();
        for (Resource statement : statements) {
            if (statement.hasLiteral(DIP.negated, true)) {
                continue;
            }
            kinds.add(kind(statement));
            for (RDFNode node : model.listObjectsOfProperty(statement, DIP.agent).toList()) {
                Resource agent = node.asResource();
                agents.add(GraphFacts.label(agent));
                Set<String> codes = actorCodes(agent, statement);
                Set<String> names = names(agent);
                for (PloverRecord.Source source : record.sources()) {
                    String code = source.code().toUpperCase(Locale.ROOT);
                    String text = " " + words(source.actorText()) + " ";
                    byCode |= code.length() == 3 && codes.stream().anyMatch(c -> c.startsWith(code));
                    byLabel |= names.stream().anyMatch(name -> !name.isEmpty() && text.contains(" " + name + " "));
                }
            }
        }
        return new PloverResult.Outcome(record.id(), record.type(), expected.orElse(null), kinds, new ArrayList<>(agents),
                rejected, !record.sources().isEmpty(), byCode, byLabel);
    }

    private static StatementKind kind(Resource statement) {
        String kind = GraphFacts.kind(statement);
        if (kind.isEmpty()) {
            throw new IllegalStateException("statement " + statement + " has none of the kinds " + GraphFacts.KINDS);
        }
        return StatementKind.fromLocalName(kind);
    }

    /**
     * The CAMEO actor codes of an agent: its own, that of the state it represents, and that of
     * the actor the statement was made on behalf of. A gold code (a country or IGO) is their first three letters.
     */
    private static Set<String> actorCodes(Resource agent, Resource statement) {
        Set<String> codes = new LinkedHashSet<>();
        List<Resource> actors = new ArrayList<>(List.of(agent));
        Resource represented = agent.getPropertyResourceValue(DIP.represents);
        if (represented != null) {
            actors.add(represented);
        }
        Resource behalf = statement.getPropertyResourceValue(DIP.onBehalfOf);
        if (behalf != null) {
            actors.add(behalf);
        }
        for (Resource actor : actors) {
            for (Statement code : actor.listProperties(DIP.cameoActorCode).toList()) {
                codes.add(code.getString().toUpperCase(Locale.ROOT));
            }
        }
        return codes;
    }

    private static Set<String> names(Resource actor) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : GraphFacts.names(actor)) {
            names.add(words(name));
        }
        return names;
    }

    /** A name as its words: case- and accent-insensitive, punctuation read as a word break. */
    private static String words(String name) {
        return Keys.normalise(name.replaceAll("[^\\p{L}\\p{N}]+", " "));
    }
}
