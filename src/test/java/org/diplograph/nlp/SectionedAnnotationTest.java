package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.extract.Extractor;
import org.diplograph.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * A long article is annotated in sections: what the extractor reads (sentences, tokens with
 * offsets into the whole body, tags, entities, dependencies) must be what annotating the
 * body at once gives, and so must the facts extracted from it.
 */
class SectionedAnnotationTest {

    /** Sections as short as the article's longest paragraph, so that each is cut between paragraphs. */
    private static int sectionSize(Article article) {
        int size = Arrays.stream(article.body().split("\n")).mapToInt(line -> line.length() + 1).max().orElseThrow();
        assertTrue(Sections.starts(article.body(), size).size() >= 3, article.sourceFile() + " should take several sections");
        return size;
    }

    @Test
    void sectionsGiveTheAnnotationOfTheWholeBody() {
        for (Article article : ExampleArticles.read()) {
            AnnotatedArticle whole = Nlp.annotate(article);
            AnnotatedArticle sectioned = Nlp.annotate(article, null, sectionSize(article));
            assertSameLines(describe(whole.document()), describe(sectioned.document()), article.sourceFile());
        }
    }

    @Test
    void theExtractorFindsTheSameFactsInSections() {
        Extractor extractor = Extractor.create();
        for (Article article : ExampleArticles.read()) {
            assertSameLines(extractor.extract(Nlp.annotate(article)).statements().stream().map(Object::toString).toList(),
                    extractor.extract(Nlp.annotate(article, null, sectionSize(article))).statements().stream().map(Object::toString).toList(),
                    article.sourceFile());
        }
    }

    @Test
    void aParagraphLongerThanASectionIsCutBetweenSentencesAndKeepsItsOffsets() {
        String paragraph = String.join(" ", ExampleArticles.read().get(0).body().split("\n"));
        Article article = new Article("long-line", null, null, null, paragraph, "long-line.txt");
        List<Integer> starts = Sections.starts(paragraph, 600);
        assertTrue(starts.size() >= 3, "one line of " + paragraph.length() + " characters should take several sections");
        Set<Integer> sentenceStarts = Nlp.annotate(article).document().sentences().stream()
                .map(sentence -> sentence.charOffsets().first()).collect(Collectors.toSet());
        for (int start : starts) {
            assertTrue(sentenceStarts.contains(start),
                    () -> "a cut should be where a sentence starts, not in: " + paragraph.substring(start - 20, start + 20));
        }
        CoreDocument document = Nlp.annotate(article, null, 600).document();
        for (CoreLabel token : document.tokens()) {
            assertEquals(token.originalText(), paragraph.substring(token.beginPosition(), token.endPosition()));
        }
    }

    @Test
    void anArticlePastItsBudgetStopsWithTheReason() {
        Article article = ExampleArticles.read().get(0);
        BudgetExceededException e = assertThrows(BudgetExceededException.class,
                () -> Nlp.annotate(article, Duration.ofNanos(1), 300));
        assertTrue(e.getMessage().matches("over its time budget of 0 s: stopped after 0 of \\d+ sections \\(0 of [\\d,]+ characters\\)"),
                e.getMessage());
    }

    @Test
    void aBudgetMustBePositive() {
        Article article = ExampleArticles.read().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nlp.annotate(article, Duration.ZERO));
        assertEquals("budget must be positive, but was: PT0S", e.getMessage());
    }

    /** Equal lists, or the first line where they differ. */
    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", line " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": number of lines");
    }

    /** Everything the extractor and linker read of an annotation, as text to compare. */
    private static List<String> describe(CoreDocument document) {
        List<String> lines = new ArrayList<>();
        for (CoreSentence sentence : document.sentences()) {
            lines.add("sentence " + sentence.charOffsets() + " " + sentence.text());
            for (CoreLabel token : sentence.tokens()) {
                lines.add(String.join(" ", token.word(), token.originalText(), String.valueOf(token.beginPosition()),
                        String.valueOf(token.endPosition()), String.valueOf(token.index()), String.valueOf(token.sentIndex()),
                        token.tag(), token.lemma(), token.ner()));
            }
            for (SemanticGraphEdge edge : sentence.dependencyParse().edgeIterable()) {
                lines.add(edge.getRelation() + " " + edge.getGovernor().index() + " " + edge.getGovernor().beginPosition()
                        + " " + edge.getDependent().index() + " " + edge.getDependent().beginPosition());
            }
        }
        for (CoreEntityMention mention : document.entityMentions()) {
            lines.add("mention " + mention.text() + " " + mention.charOffsets() + " " + mention.entityType()
                    + " " + mention.sentence().charOffsets());
        }
        return lines;
    }
}
