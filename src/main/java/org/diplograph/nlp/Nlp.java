package org.diplograph.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.diplograph.ingest.Article;

/**
 * The CoreNLP pipeline, loaded once per process: loading its models takes seconds and
 * gigabytes, annotating with it is cheap and thread-safe.
 */
public final class Nlp {

    private static volatile StanfordCoreNLP pipeline;

    private Nlp() {
    }

    /** The shared pipeline, loaded on first use. */
    public static StanfordCoreNLP pipeline() {
        StanfordCoreNLP result = pipeline;
        if (result == null) {
            synchronized (Nlp.class) {
                result = pipeline;
                if (result == null) {
                    result = new StanfordCoreNLP(properties());
                    pipeline = result;
                }
            }
        }
        return result;
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // A body keeps one paragraph per line: a newline always ends a sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Fine-grained types and SUTime add seconds per article and nothing the extractor reads.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return props;
    }

    /** Annotates an article's body. */
    public static AnnotatedArticle annotate(Article article) {
        CoreDocument document = new CoreDocument(Datelines.separated(article.body()));
        pipeline().annotate(document);
        return new AnnotatedArticle(article, document);
    }
}
