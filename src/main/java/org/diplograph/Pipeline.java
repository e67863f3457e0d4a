package org.diplograph;

import java.time.Duration;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.ParseCascade;
import org.diplograph.ingest.Article;
import org.diplograph.link.Reconciler;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Nlp;
import org.diplograph.nlp.ParseSelector;
import org.diplograph.rdf.ArticleGraph;
import org.diplograph.rdf.ExtractionWriter;
import org.diplograph.validate.ArticleValidator;
import org.diplograph.validate.ValidationReport;

/**
 * diplograph's one entry point from an article to its validated graph:
 * nlp, extract and link, rdf, validate. Immutable and thread-safe once built;
 * the CoreNLP models behind it are loaded once per process.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.create().sameAs(false).build();
 * Pipeline.Result result = pipeline.process(article);
 * }</pre>
 */
public final class Pipeline {

    /**
     * An article's graph and what validating it found.
     *
     * @param tokens       the CoreNLP tokens of the article's body
     * @param parsedTokens those of them in sentences the dependency parser read: all of them
     *                     unless the parse cascade let some sentences skip it
     */
    public record Result(Extraction extraction, ArticleGraph graph, ValidationReport report, int tokens, int parsedTokens) {

        public boolean valid() {
            return report.conforms();
        }
    }

    private final Extractor extractor;
    private final ExtractionWriter writer;
    private final ArticleValidator validator;
    private final Duration articleBudget;
    private final ParseSelector parse;

    private Pipeline(Builder builder) {
        this.articleBudget = builder.articleBudget;
        this.parse = builder.cascade ? ParseCascade.over(builder.decisions) : Nlp.ALL;
        this.extractor = Extractor.over(builder.decisions);
        this.writer = ExtractionWriter.create().sameAs(builder.sameAs).reconciler(builder.reconciler).build();
        this.validator = ArticleValidator.create();
    }

    /** Whether the parse cascade is on unless a builder says otherwise. */
    public static final boolean DEFAULT_CASCADE = true;

    public static Builder create() {
        return new Builder();
    }

    /** Configures a {@link Pipeline}. */
    public static final class Builder {
        private boolean sameAs;
        private Reconciler reconciler;
        private Decisions decisions = Decisions.bundled();
        private Duration articleBudget;
        private boolean cascade = DEFAULT_CASCADE;

        private Builder() {
        }

        /**
         * Whether sentences in which no rule of the extractor or the linker can read a dependency
         * parse skip the parser ({@link ParseCascade}); {@link #DEFAULT_CASCADE} by default.
         */
        public Builder cascade(boolean cascade) {
            this.cascade = cascade;
            return this;
        }

        /**
         * The time an article's annotation may take before the article is given up with a
         * {@link org.diplograph.nlp.BudgetExceededException}; null (the default) sets none.
         */
        public Builder articleBudget(Duration articleBudget) {
            if (articleBudget != null && (articleBudget.isNegative() || articleBudget.isZero())) {
                throw new IllegalArgumentException("article budget must be positive, but was: " + articleBudget);
            }
            this.articleBudget = articleBudget;
            return this;
        }

        /** Ask a reconciliation service about actors the gazetteer lacks; null (the default) asks none. */
        public Builder reconciler(Reconciler reconciler) {
            this.reconciler = reconciler;
            return this;
        }

        /**
         * What decides the extractor's candidates: the bundled models by default,
         * {@link Decisions#rulesOnly()} for the rules alone.
         */
        public Builder decisions(Decisions decisions) {
            if (decisions == null) {
                throw new IllegalArgumentException("decisions must not be null; use Decisions.rulesOnly() for the rules alone");
            }
            this.decisions = decisions;
            return this;
        }

        /** Keeps only statements whose kind the model gives at least this probability (the bundled default otherwise). */
        public Builder minConfidence(double minConfidence) {
            this.decisions = decisions.minConfidence(minConfidence);
            return this;
        }

        /** Also write owl:sameAs links to Wikidata. */
        public Builder sameAs(boolean sameAs) {
            this.sameAs = sameAs;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }

    /** Loads the NLP models now rather than on the first article. */
    public Pipeline warmUp() {
        Nlp.load();
        return this;
    }

    /** Extracts, writes and validates one article. */
    public Result process(Article article) {
        return process(annotate(article));
    }

    /** Annotates one article as {@link #process(Article)} does, the parse cascade and the time budget included. */
    public AnnotatedArticle annotate(Article article) {
        if (article == null) {
            throw new IllegalArgumentException("article must not be null");
        }
        return Nlp.annotate(article, articleBudget, parse);
    }

    /**
     * Extracts, writes and validates an article that {@link #annotate} annotated: what
     * {@link #process(Article)} does after the annotators. A sentence whose parse the cascade put
     * off is parsed on the first reading that asks for it, so one annotated article is read by
     * one thread at a time.
     */
    public Result process(AnnotatedArticle annotated) {
        if (annotated == null) {
            throw new IllegalArgumentException("annotated article must not be null");
        }
        Extraction extraction = extractor.extract(annotated);
        ArticleGraph graph = writer.write(extraction);
        return new Result(extraction, graph, validator.validate(graph.graph()), annotated.document().tokens().size(),
                Nlp.parsedTokens(annotated.document()));
    }
}
