package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.diplograph.rdf.DIP;
import org.diplograph.rdf.ExtractionWriter;
import org.junit.jupiter.api.Test;

/**
 * "Foreign Minister Ana Vidal told reporters": a person named by a bare title speaks for the side
 * the represented sides model chooses among those the article names, so that her acts are
 * matched by the state she speaks for.
 */
class BareTitlesTest {

    /** An article about Chile whose foreign minister is named by her title alone. */
    private static final String CHILE = "SANTIAGO - Chile said on Monday it was ready to reopen talks with Bolivia over a corridor "
            + "to the sea. Chile has refused for decades to cede any of its territory. "
            + "Foreign Minister Ana Vidal told reporters that Chile would set out its terms within a week.";

    @Test
    void aMinisterNamedByABareTitleSpeaksForTheSideTheArticleIsAbout() {
        Extraction extraction = ExtractedActs.extract("bare-title", CHILE);
        Optional<Actor> minister = extraction.actors().stream().filter(a -> a.label().equals("Ana Vidal")).findFirst();
        assertTrue(minister.isPresent(), () -> "Ana Vidal should be an actor: " + ExtractedActs.labels(extraction.actors()));
        assertEquals("Q298", minister.get().represents(), "Ana Vidal speaks for Chile (Q298), of which the article and her sentence speak");
    }

    @Test
    void aSideIsChosenOnlyAtTheDecisionsLeastProbability() {
        Article article = new Article("bare-title", null, null, null, CHILE, "bare-title.txt");
        Extraction strict = Extractor.over(Decisions.bundled().minRepresentedConfidence(1.0)).extract(article);
        Optional<Actor> minister = strict.actors().stream().filter(a -> a.label().equals("Ana Vidal")).findFirst();
        assertTrue(minister.isPresent(), () -> "Ana Vidal should be an actor: " + ExtractedActs.labels(strict.actors()));
        assertNull(minister.get().represents(), "no side is sure enough at a least probability of 1");
    }

    @Test
    void aChosenSideCarriesItsConfidenceAndAStatedSideNone() {
        String body = CHILE + " Peru's foreign minister, Luis Prado, said Lima would follow the talks closely.";
        Model graph = ModelFactory.createModelForGraph(ExtractionWriter.create().build()
                .write(ExtractedActs.extract("bare-title", body)).graph());
        Map<String, Double> confidence = new TreeMap<>();
        Set<String> sided = new TreeSet<>();
        graph.listSubjectsWithProperty(DIP.represents).forEachRemaining(person -> {
            String label = person.getProperty(RDFS.label).getString();
            sided.add(label);
            if (person.hasProperty(DIP.representsConfidence)) {
                confidence.put(label, person.getProperty(DIP.representsConfidence).getDouble());
            }
        });
        assertEquals(Set.of("Ana Vidal", "Luis Prado"), sided, "both ministers speak for a side");
        assertEquals(Set.of("Ana Vidal"), confidence.keySet(),
                "only the side the article does not state carries a confidence; Luis Prado is named as Peru's minister");
        assertTrue(confidence.get("Ana Vidal") >= Decisions.DEFAULT_MIN_REPRESENTED_CONFIDENCE && confidence.get("Ana Vidal") <= 1,
                () -> "the confidence of Ana Vidal's side is the model's probability: " + confidence);
    }
}
