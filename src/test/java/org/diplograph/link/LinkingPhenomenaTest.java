package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.Test;

/**
 * One test per way news names an actor, each on an article written for it (beside this
 * class): every mention must resolve to the one entity of the gazetteer, or to one entity of
 * the article for an actor the gazetteer lacks.
 */
class LinkingPhenomenaTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Linker LINKER = Linker.over(GAZETTEER);

    private static LinkedArticle linked(String fixture) {
        URL url = LinkingPhenomenaTest.class.getResource(fixture);
        assertTrue(url != null, "fixture missing: " + fixture);
        IngestResult read;
        try {
            read = Ingest.readFile(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(read.errors().isEmpty(), () -> fixture + ": " + read.errors());
        Article article = read.articles().get(0);
        return LINKER.link(Nlp.annotate(article));
    }

    /** The key of the one gazetteer person, state or organisation with this label. */
    private static String key(String label) {
        List<GazetteerEntry> entries = GAZETTEER.lookup(label).stream().filter(e -> e.label().equals(label)).toList();
        assertEquals(1, entries.size(), () -> "the gazetteer should have one actor labelled " + label + ": " + entries);
        return entries.get(0).key();
    }

    private static List<Mention> mentions(LinkedArticle article) {
        List<Mention> all = new ArrayList<>();
        for (int s = 0; s < article.annotated().document().sentences().size(); s++) {
            all.addAll(article.mentions(s));
        }
        return all;
    }

    /** The keys the mentions with this surface text resolve to; fails when there is none. */
    private static Set<String> keysOf(LinkedArticle article, String surface) {
        Set<String> keys = mentions(article).stream().filter(m -> m.text().equals(surface)).map(Mention::key)
                .collect(Collectors.toSet());
        assertFalse(keys.isEmpty(), () -> "no mention '" + surface + "'; mentions: " + describe(article));
        return keys;
    }

    private static void assertLinked(LinkedArticle article, String surface, String key) {
        assertEquals(Set.of(key), keysOf(article, surface), () -> "'" + surface + "' should resolve to " + key
                + " alone; mentions: " + describe(article));
    }

    private static String describe(LinkedArticle article) {
        return mentions(article).stream().map(m -> m.text() + " -> " + m.key()).collect(Collectors.joining(", "));
    }

    @Test
    void fullNamesResolveToTheGazetteersPeople() {
        LinkedArticle article = linked("full-names.txt");
        assertLinked(article, "Sergei Lavrov", key("Sergei Lavrov"));
        assertLinked(article, "Antony Blinken", key("Antony Blinken"));
        assertLinked(article, "Jens Stoltenberg", key("Jens Stoltenberg"));
    }

    @Test
    void surnamesAfterAFirstMentionResolveToThatPerson() {
        LinkedArticle article = linked("surnames.txt");
        assertLinked(article, "Wang Yi", key("Wang Yi"));
        assertLinked(article, "Wang", key("Wang Yi"));
        assertLinked(article, "Lavrov", key("Sergei Lavrov"));
    }

    @Test
    void aSurnameSeveralPeopleShareResolvesOnlyFromAFullNameEarlierInTheArticle() {
        assertTrue(GAZETTEER.lookup("Carter").size() >= 2 && GAZETTEER.lookup("Rice").size() >= 2,
                "the gazetteer should know two Carters and two Rices: " + GAZETTEER.lookup("Carter") + GAZETTEER.lookup("Rice"));
        LinkedArticle alone = linked("ambiguous-surname.txt");
        assertLinked(alone, "Carter", "name:Carter");
        assertLinked(alone, "Rice", "name:Rice");
        LinkedArticle resolved = linked("ambiguous-surname-resolved.txt");
        assertLinked(resolved, "Jimmy Carter", key("Jimmy Carter"));
        assertLinked(resolved, "Carter", key("Jimmy Carter"));
        assertEquals(Set.of("Q30"), Set.of(resolved.entity(key("Jimmy Carter")).represents()),
                "Jimmy Carter was president of the United States in 1980");
    }

    @Test
    void titlesNameTheHolderOfTheOfficeOnTheArticlesDate() {
        LinkedArticle article = linked("titles.txt");
        assertLinked(article, "foreign minister", key("Sergei Lavrov"));
        assertLinked(article, "president", key("Volodymyr Zelensky"));
    }

    @Test
    void demonymPhrasesNameTheirState() {
        LinkedArticle article = linked("demonyms.txt");
        assertLinked(article, "Russian", key("Russia"));
        assertLinked(article, "Ukrainian", key("Ukraine"));
        assertLinked(article, "Turkish", key("Turkey"));
    }

    @Test
    void capitalsAndSeatsOfGovernmentNameTheirState() {
        LinkedArticle article = linked("metonyms.txt");
        assertLinked(article, "The Kremlin", key("Russia"));
        assertLinked(article, "Kyiv", key("Ukraine"));
        assertLinked(article, "Washington", key("United States"));
        assertLinked(article, "Downing Street", key("United Kingdom"));
    }

    @Test
    void pronounsResolveToThePersonLastNamed() {
        LinkedArticle article = linked("pronouns.txt");
        assertLinked(article, "He", key("Jens Stoltenberg"));
        assertLinked(article, "his", key("Jens Stoltenberg"));
    }

    @Test
    void aPersonRepresentsTheStateOrOrganisationOfTheRoleHeldOnTheArticlesDate() {
        String solana = key("Javier Solana");
        LinkedArticle before = linked("dated-role-1997.txt");
        LinkedArticle after = linked("dated-role-2005.txt");
        assertEquals(key("NATO"), before.entity(solana).represents(), "in 1997 Javier Solana led NATO");
        assertEquals(key("European Union"), after.entity(solana).represents(), "in 2005 Javier Solana spoke for the EU, no longer for NATO");
        assertEquals(key("NATO"), before.stateOf(solana));
    }

    @Test
    void anActorTheGazetteerLacksIsOneEntityOfTheArticleWithAllItsNames() {
        LinkedArticle article = linked("unknown-actor.txt");
        assertTrue(GAZETTEER.lookup("Ingrid Solberg-Haug").isEmpty(), "the mediator must be unknown to the gazetteer");
        List<Actor> mediators = article.entities().stream().filter(a -> a.label().contains("Solberg-Haug")).toList();
        assertEquals(1, mediators.size(), () -> "one entity per article, not one per mention: " + mediators);
        Actor mediator = mediators.get(0);
        assertEquals("name:Ingrid Solberg-Haug", mediator.key());
        assertEquals(ActorType.PERSON, mediator.type());
        assertEquals(List.of("Solberg-Haug"), mediator.names(), "the other names seen: " + mediator);
        assertEquals(4, mentions(article).stream().filter(m -> m.key().equals(mediator.key())).count(), describe(article));
    }

    @Test
    void aStateNamedAfterAPersonOrInAnAppositiveIsTheOneTheyRepresent() {
        LinkedArticle article = linked("appositive.txt");
        assertEquals(key("Moldova"), article.entity("name:Teodor Marinescu").represents(), describe(article));
        assertEquals(key("Portugal"), article.entity("name:Ana Quintela").represents(), describe(article));
        assertEquals(key("Belgium"), article.entity("name:Lucas Ferrand").represents(), describe(article));
    }

    @Test
    void compoundsArabicArticlesAndTitlesNameTheirActorsOnly() {
        LinkedArticle article = linked("name-forms.txt");
        assertLinked(article, "NATO-led", key("NATO"));
        assertLinked(article, "al Qaeda", key("al-Qaeda"));
        assertLinked(article, "Antony Blinken", key("Antony Blinken"));
        assertTrue(article.entities().stream().noneMatch(a -> a.label().equals("State")),
                () -> "the State of Secretary of State became an actor: " + describe(article));
    }
}
