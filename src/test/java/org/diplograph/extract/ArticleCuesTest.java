package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.ingest.Article;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.Linker;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.Test;

/** What an invented article is about, by the condition cues of its sentences. */
class ArticleCuesTest {

    private static final String BODY = String.join(" ",
            "VIENNA - Iran offered on Monday to cap its enrichment of uranium at 20 percent if Washington lifted its oil embargo.",
            "The offer would let inspectors of the agency return to two of its sites, a diplomat said.",
            "Tehran has built up a stockpile large enough for several weapons, the agency reported last month.",
            "Separately, the two sides agreed to extend a ceasefire along the Gulf shipping lanes.",
            "Talks resume in Geneva next week.");

    private static final Linker LINKER = Linker.over(Gazetteer.bundled());

    /** The types whose cues of the bundled lexicon find a term of these words, each given as "word/lemma". */
    static Set<String> cueTypes(String term) {
        return ArticleCues.types(CuePatternTest.tokens(term), Lexicon.bundled());
    }

    private static ArticleCues cues(String body) {
        LinkedArticle linked = LINKER.link(Nlp.annotate(new Article("cues", null, null, null, body, "cues.txt")));
        return ArticleCues.of(linked, Lexicon.bundled());
    }

    @Test
    void anArticleLeadsWithTheTypeMostOfItsSentencesCue() {
        ArticleCues cues = cues(BODY);
        assertEquals("NuclearProgramLimit", cues.leading(), "the leading type of " + cues.sentences());
        assertEquals(List.of("2-3", "1", "0"), List.of(cues.amount("NuclearProgramLimit"), cues.amount("Ceasefire"),
                cues.amount("Elections")), "the amounts of three types in " + cues.sentences());
        assertEquals(Set.of("Ceasefire"), cues.in(4), "the types of the ceasefire sentence (the dateline is one of its own), in "
                + cues.bySentence());
    }

    @Test
    void anArticleWithoutCuesLeadsWithNone() {
        ArticleCues cues = cues("LONDON - The two prime ministers met for lunch on Friday and spoke about football.");
        assertEquals(Map.of(), cues.sentences(), "the types counted");
        assertEquals("none", cues.leading(), "the leading type");
    }
}
