package org.diplograph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.TypesafeMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.diplograph.ingest.Article;

/**
 * The CoreNLP pipeline, loaded once per process: loading its models takes seconds and
 * gigabytes, annotating with it is cheap and thread-safe.
 */
public final class Nlp {

    /**
     * The longest text annotated at once. CoreNLP's memory grows with the text it is given,
     * and a section of this size takes a few seconds, so a budget checked between sections is
     * overrun by that much at most. News articles are shorter: they are annotated whole.
     */
    static final int SECTION_CHARS = 20_000;

    /** The places in the parser's cache of hidden-layer products ({@link #parserProperties}). */
    private static final int CACHED_FEATURES = 20_000;

    /** Every sentence gets the dependency parse: no cascade. */
    public static final ParseSelector ALL = sentences -> {
        BitSet all = new BitSet();
        all.set(0, sentences.size());
        return ParseSelector.Choice.now(all);
    };

    /** Marks a sentence whose parse a {@link ParseSelector} put off until it is asked for. */
    private static final class ParseOnRequest implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /** The annotators before the parse, and the dependency parser: loaded once, on first use. */
    private record Models(StanfordCoreNLP tagging, DependencyParser parser) {
    }

    private static volatile Models models;

    private Nlp() {
    }

    private static Models models() {
        Models result = models;
        if (result == null) {
            synchronized (Nlp.class) {
                result = models;
                if (result == null) {
                    // The parser loads on a thread of its own while this one loads the tagger and
                    // the NER model: the two do not touch each other, and a second core takes about
                    // a second off start-up (README, Performance, "Models loaded side by side").
                    // The model is the one CoreNLP's depparse annotator loads with no depparse.model property.
                    CompletableFuture<DependencyParser> parser = CompletableFuture.supplyAsync(
                            () -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserProperties()));
                    StanfordCoreNLP tagging = new StanfordCoreNLP(properties());
                    try {
                        result = new Models(tagging, parser.join());
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof RuntimeException cause ? cause : e;
                    }
                    models = result;
                }
            }
        }
        return result;
    }

    /** Loads the models now rather than on the first article. */
    public static void load() {
        models();
    }

    /**
     * CoreNLP's own depparse annotator, as StanfordCoreNLP builds it for "depparse" with the
     * depparse.* properties of {@link #parserProperties}, so that it parses as the build's parser
     * does and as fast. It loads the parser model a second time, so it is loaded only when bare
     * CoreNLP ({@link #annotateBare}) first runs.
     */
    private static final class BareParser {
        static final DependencyParseAnnotator ANNOTATOR = new DependencyParseAnnotator(parserProperties());
    }

    /** Loads what {@link #annotateBare} needs beyond {@link #load}, for a caller that times it. */
    public static void loadBare() {
        models();
        Objects.requireNonNull(BareParser.ANNOTATOR);
    }

    /** The annotators of {@link #ANNOTATORS} up to the parse, and their settings. */
    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A body keeps one paragraph per line: a newline always ends a sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Fine-grained types and SUTime add seconds per article and nothing the extractor reads.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        // CoreNLP's first NER model alone: the linker reads its persons, organisations and
        // places, which the two others (MISC; dates and amounts) never relabel, and each of
        // those cost as much again (README, Performance).
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return props;
    }

    /**
     * The dependency parser's settings: CoreNLP's default model, with room for 20,000 rather than
     * 5,000 features in the cache of their hidden-layer products. The parser precomputes the
     * products of the model's 20,000 commonest features; any other is multiplied out at its use
     * unless that least-recently-used cache still holds it. With four times the places, the build
     * took a sixth less CPU over the training corpus. Each product is 1,000 floats, so the full
     * cache holds 80 MB. The parses are the same, since a cached product is the one the parser
     * would compute (README, Performance).
     */
    static Properties parserProperties() {
        Properties props = new Properties();
        props.setProperty("numCached", String.valueOf(CACHED_FEATURES));
        return props;
    }

    /** CoreNLP's annotators, in the order they run; the last, the dependency parse, only where a {@link ParseSelector} asks. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    /**
     * Annotates an article's body as the build gives it to CoreNLP (a dateline a sentence of its
     * own), with {@link #ANNOTATORS}, every sentence parsed, and nothing else: what bare CoreNLP
     * does with these annotators and models, CoreNLP's own depparse annotator included, which
     * makes every form of the dependency graph.
     */
    public static CoreDocument annotateBare(Article article) {
        if (article == null) {
            throw new IllegalArgumentException("article must not be null");
        }
        Annotation annotation = new Annotation(Datelines.separated(article.body()));
        models().tagging().annotate(annotation);
        BareParser.ANNOTATOR.annotate(annotation);
        return new CoreDocument(annotation);
    }

    /** Annotates an article's body, with no time budget, every sentence parsed. */
    public static AnnotatedArticle annotate(Article article) {
        return annotate(article, null);
    }

    /**
     * Annotates an article's body in sections of at most {@link #SECTION_CHARS} characters,
     * stopping with a {@link BudgetExceededException} once {@code budget} has passed
     * (null: no budget), every sentence parsed.
     */
    public static AnnotatedArticle annotate(Article article, Duration budget) {
        return annotate(article, budget, ALL);
    }

    /**
     * As {@link #annotate(Article, Duration)}, with the dependency parse only for the sentences
     * {@code parse} selects; the others get an empty graph ({@code dependencyParse()} has no
     * vertex), so that whatever reads it finds no relation.
     */
    public static AnnotatedArticle annotate(Article article, Duration budget, ParseSelector parse) {
        return annotate(article, budget, SECTION_CHARS, parse);
    }

    static AnnotatedArticle annotate(Article article, Duration budget, int sectionChars) {
        return annotate(article, budget, sectionChars, ALL);
    }

    static AnnotatedArticle annotate(Article article, Duration budget, int sectionChars, ParseSelector parse) {
        if (article == null) {
            throw new IllegalArgumentException("article must not be null");
        }
        if (budget != null && (budget.isNegative() || budget.isZero())) {
            throw new IllegalArgumentException("budget must be positive, but was: " + budget);
        }
        String text = Datelines.separated(article.body());
        if (parse == null) {
            throw new IllegalArgumentException("parse selector must not be null; use Nlp.ALL to parse every sentence");
        }
        if (text.length() <= sectionChars) {
            Annotation annotation = new Annotation(text);
            annotate(annotation, parse);
            return new AnnotatedArticle(article, new CoreDocument(annotation));
        }
        long began = System.nanoTime();
        List<Integer> starts = Sections.starts(text, sectionChars);
        Stitched whole = new Stitched(text);
        for (int i = 0; i < starts.size(); i++) {
            // nanoTime may be negative: only differences of two readings compare safely
            if (budget != null && System.nanoTime() - began > budget.toNanos()) {
                throw new BudgetExceededException(String.format(Locale.ROOT,
                        "over its time budget of %d s: stopped after %d of %d sections (%,d of %,d characters)",
                        budget.toSeconds(), i, starts.size(), starts.get(i), text.length()));
            }
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            String section = text.substring(start, end);
            if (section.isBlank()) {
                continue;
            }
            Annotation annotation = new Annotation(section);
            annotate(annotation, parse);
            whole.append(annotation, start);
        }
        return new AnnotatedArticle(article, whole.document());
    }

    /**
     * The enhanced++ dependency graph of a sentence: the one CoreNLP gave it, or, for a sentence
     * whose parse a {@link ParseSelector} put off, its parse now (once: it is kept). A sentence
     * left unparsed has an empty graph. Safe for the thread that annotated the sentence's article.
     */
    public static SemanticGraph dependencyParse(CoreSentence sentence) {
        CoreMap map = sentence.coreMap();
        if (Boolean.TRUE.equals(map.get(ParseOnRequest.class))) {
            map.remove(ParseOnRequest.class);
            parse(List.of(map));
        }
        return sentence.dependencyParse();
    }

    /**
     * The tokens of a document's sentences that have a dependency parse: every sentence's, but for
     * those a {@link ParseSelector} skipped, or put off and no reader asked the parse of since.
     */
    public static int parsedTokens(CoreDocument document) {
        if (document == null) {
            throw new IllegalArgumentException("document must not be null");
        }
        int parsed = 0;
        for (CoreSentence sentence : document.sentences()) {
            SemanticGraph graph = sentence.dependencyParse();
            if (graph != null && !graph.isEmpty()) {
                parsed += sentence.tokens().size();
            }
        }
        return parsed;
    }

    /** Tags a text, then parses the sentences {@code parse} selects now; marks those it puts off. */
    private static void annotate(Annotation annotation, ParseSelector parse) {
        Models loaded = models();
        loaded.tagging().annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) {
            return;
        }
        ParseSelector.Choice choice = parse.select(Collections.unmodifiableList(sentences));
        BitSet selected = choice.now();
        for (int s = choice.onRequest().nextSetBit(0); s >= 0 && s < sentences.size(); s = choice.onRequest().nextSetBit(s + 1)) {
            if (!selected.get(s)) {
                sentences.get(s).set(ParseOnRequest.class, Boolean.TRUE);
            }
        }
        // a sentence left unparsed gets an empty graph: whatever reads it finds no relation
        List<CoreMap> chosen = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (selected.get(s)) {
                chosen.add(sentences.get(s));
            } else {
                sentences.get(s).set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, new SemanticGraph());
            }
        }
        parse(chosen);
    }

    /**
     * Parses sentences as CoreNLP's depparse annotator does, but makes only the enhanced++ graph,
     * the one every reader takes. The annotator makes the collapsed, basic, CC-processed and
     * enhanced graphs too, from the same parse: in a profile of the build they took a tenth of its
     * CPU (README, Own code).
     */
    private static void parse(List<CoreMap> sentences) {
        DependencyParser parser = models().parser();
        for (CoreMap sentence : sentences) {
            GrammaticalStructure structure = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null));
        }
    }

    /**
     * One annotation of a whole text built from those of its sections: every character
     * offset, token index, sentence index and entity mention index moved from the section's
     * count to the whole's, so the result reads as if CoreNLP had annotated the text at once.
     */
    private static final class Stitched {
        private final String text;
        private final List<CoreLabel> tokens = new ArrayList<>();
        private final List<CoreMap> sentences = new ArrayList<>();
        private final List<CoreMap> mentions = new ArrayList<>();

        Stitched(String text) {
            this.text = text;
        }

        void append(Annotation section, int offset) {
            int tokenBase = tokens.size();
            int sentenceBase = sentences.size();
            int mentionBase = mentions.size();
            List<CoreLabel> sectionTokens = section.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel token : sectionTokens) {
                token.setBeginPosition(token.beginPosition() + offset);
                token.setEndPosition(token.endPosition() + offset);
                token.setSentIndex(token.sentIndex() + sentenceBase);
                shift(token, CoreAnnotations.EntityMentionIndexAnnotation.class, mentionBase);
                shift(token, CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, mentionBase);
                // nothing reads the tagger's probability of each entity type; a long text holds less without it
                token.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
            }
            List<CoreMap> sectionMentions = section.get(CoreAnnotations.MentionsAnnotation.class);
            for (CoreMap mention : sectionMentions == null ? List.<CoreMap>of() : sectionMentions) {
                moved(mention, offset, tokenBase, sentenceBase);
                shift(mention, CoreAnnotations.EntityMentionIndexAnnotation.class, mentionBase);
                shift(mention, CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, mentionBase);
                mentions.add(mention);
            }
            for (CoreMap sentence : section.get(CoreAnnotations.SentencesAnnotation.class)) {
                moved(sentence, offset, tokenBase, sentenceBase);
                SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                if (graph != null) {
                    List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
                    // a graph's words may be copies of the tokens: they take the tokens' offsets
                    for (IndexedWord word : graph.vertexSet()) {
                        CoreLabel token = words.get(word.index() - 1);
                        word.setBeginPosition(token.beginPosition());
                        word.setEndPosition(token.endPosition());
                    }
                }
                sentences.add(sentence);
            }
            tokens.addAll(sectionTokens);
        }

        private static void moved(CoreMap map, int offset, int tokenBase, int sentenceBase) {
            shift(map, CoreAnnotations.CharacterOffsetBeginAnnotation.class, offset);
            shift(map, CoreAnnotations.CharacterOffsetEndAnnotation.class, offset);
            shift(map, CoreAnnotations.TokenBeginAnnotation.class, tokenBase);
            shift(map, CoreAnnotations.TokenEndAnnotation.class, tokenBase);
            shift(map, CoreAnnotations.SentenceIndexAnnotation.class, sentenceBase);
        }

        private static void shift(CoreMap map, Class<? extends TypesafeMap.Key<Integer>> key, int by) {
            Integer value = map.get(key);
            if (value != null) {
                map.set(key, value + by);
            }
        }

        CoreDocument document() {
            Annotation annotation = new Annotation(text);
            annotation.set(CoreAnnotations.TokensAnnotation.class, tokens);
            annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
            annotation.set(CoreAnnotations.MentionsAnnotation.class, mentions);
            return new CoreDocument(annotation);
        }
    }
}
