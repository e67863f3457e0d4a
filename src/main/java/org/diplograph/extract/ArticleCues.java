package org.diplograph.extract;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.link.LinkedArticle;

/**
 * What an article is about, told by its condition cues: the condition types a cue finds in
 * each of its sentences, how many sentences hold a cue of each type, and the type most of them
 * hold. The corpus types a term by the deal it belongs to as much as by its own words ("if Iran
 * does the same" is a term of a nuclear deal), so the condition model reads the article's types
 * beside the sentence's cues.
 *
 * @param bySentence for each sentence, the types its cues find, in alphabetical order
 * @param sentences  for each type, the number of sentences with a cue of it
 * @param leading    the type most sentences have a cue of ("none" for an article with no cue)
 */
record ArticleCues(List<Set<String>> bySentence, Map<String, Integer> sentences, String leading) {

    ArticleCues {
        bySentence = List.copyOf(bySentence);
        sentences = Map.copyOf(sentences);
    }

    static ArticleCues of(LinkedArticle linked, Lexicon lexicon) {
        List<CoreSentence> article = linked.annotated().document().sentences();
        List<Set<String>> bySentence = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int s = 0; s < article.size(); s++) {
            Set<String> types = types(Conditions.termTokens(new ParsedSentence(s, article.get(s), linked), null), lexicon);
            bySentence.add(types);
            types.forEach(type -> counts.merge(type, 1, Integer::sum));
        }
        // a tie goes to the type first in alphabetical order, so that an article always leads with the same type
        String leading = counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("none");
        return new ArticleCues(bySentence, counts, leading);
    }

    /** The condition types whose cues find something in these tokens, in alphabetical order. */
    static Set<String> types(List<TermToken> tokens, Lexicon lexicon) {
        Set<String> vocabulary = CuePattern.vocabulary(tokens);
        Set<String> types = new TreeSet<>();
        for (Lexicon.Cue cue : lexicon.conditionCues(vocabulary)) {
            if (!types.contains(cue.type()) && cue.pattern().find(tokens, vocabulary) != null) {
                types.add(cue.type());
            }
        }
        return Collections.unmodifiableSet(types);
    }

    /** The types the cues find in a sentence of the article, in alphabetical order. */
    Set<String> in(int sentence) {
        return bySentence.get(sentence);
    }

    /** How many sentences hold a cue of the type, in the buckets the model reads: "0", "1", "2-3", "4+". */
    String amount(String type) {
        int n = sentences.getOrDefault(type, 0);
        return n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : "4+";
    }
}
