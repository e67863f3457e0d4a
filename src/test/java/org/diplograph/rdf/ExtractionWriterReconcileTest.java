package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.extract.Attribution;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Modality;
import org.diplograph.extract.Span;
import org.diplograph.extract.Statement;
import org.diplograph.extract.StatementKind;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.diplograph.link.ActorType;
import org.diplograph.link.ReconciliationService;
import org.diplograph.link.Reconciler;
import org.diplograph.validate.ArticleValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An actor the gazetteer lacks but a reconciliation service matches gets the QID's
 * cross-article IRI and its Wikidata links; one it does not match stays an article's own.
 */
class ExtractionWriterReconcileTest {

    private static final String BODY = "Envoy Maren Okonkwo-Lind proposed a fishing truce to Teodor Vasquez on Monday.";

    @TempDir
    Path folder;

    @Test
    void aMatchedActorTakesTheQidIriAndItsLinksInEveryArticle() throws IOException {
        try (ReconciliationService service = ReconciliationService.start()
                .answer("Maren Okonkwo-Lind", new ReconciliationService.Match("Q98765432", "Maren Okonkwo-Lind"))) {
            Reconciler reconciler = Reconciler.create().service(service.url()).timeout(Duration.ofSeconds(2))
                    .cache(folder.resolve("cache.tsv")).build();
            ExtractionWriter writer = ExtractionWriter.create().sameAs(true).reconciler(reconciler).build();
            Graph first = writer.write(extraction("1111111111111111")).graph();
            Graph second = writer.write(extraction("2222222222222222")).graph();

            Node maren = NodeFactory.createURI(Iris.actor("Q98765432"));
            Node wikidata = NodeFactory.createURI(ExtractionWriter.WIKIDATA + "Q98765432");
            for (Graph graph : List.of(first, second)) {
                assertTrue(graph.contains(maren, SKOS.exactMatch.asNode(), wikidata), "no skos:exactMatch on " + maren);
                assertTrue(graph.contains(maren, OWL.sameAs.asNode(), wikidata), "no owl:sameAs on " + maren);
                assertTrue(ArticleValidator.create().validate(graph).conforms(), "the graph does not validate");
            }
            Node teodorFirst = NodeFactory.createURI(Iris.localActor("1111111111111111", "Teodor Vasquez"));
            Node teodorSecond = NodeFactory.createURI(Iris.localActor("2222222222222222", "Teodor Vasquez"));
            assertTrue(first.contains(teodorFirst, Node.ANY, Node.ANY), "the unmatched actor lost its article's own IRI");
            assertTrue(second.contains(teodorSecond, Node.ANY, Node.ANY), "the unmatched actor lost its article's own IRI");
            assertEquals(2, reconciler.requests(), "each name must be asked once, then answered from the cache");
        }
    }

    private static Extraction extraction(String id) {
        Actor maren = new Actor("name:Maren Okonkwo-Lind", ActorType.PERSON, "Maren Okonkwo-Lind", List.of(), null, null, null);
        Actor teodor = new Actor("name:Teodor Vasquez", ActorType.PERSON, "Teodor Vasquez", List.of(), null, null, null);
        Article article = new Article(id, null, null, LocalDate.of(2025, 5, 12), BODY, "truce-" + id + ".txt");
        Span evidence = new Span(0, BODY.length(), BODY);
        Statement proposal = new Statement(StatementKind.PROPOSAL, List.of(maren), null, List.of(teodor),
                Attribution.REPORTED_SPEECH, Modality.ASSERTION, false, LocalDate.of(2025, 5, 12), 0.7,
                "speech-acts:offer/VERB", "030", evidence, List.of(), List.of());
        return new Extraction(article, List.of(maren, teodor), List.of(proposal));
    }
}
