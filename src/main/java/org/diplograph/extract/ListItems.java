package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The items of the lists an article sets out its terms in ("Under the accord, the parties
 * undertake:" followed by "1. to an immediate ceasefire;", "- the release of all hostages;"). A
 * sentence that ends with a colon opens a list; a sentence that begins with an item's mark goes on
 * with it: a bullet, or a number or letter the tagger calls a list item ({@code LS}). The sentence
 * splitter makes a sentence of a mark followed by a full stop ("1."), which leaves the text of the
 * item to the next sentence; in an open list such a sentence marks an item even where the tagger
 * calls its number a cardinal ({@code CD}), as it may the last of a list ("5."). The extractor
 * reads an item as a term of the document introduced before it, and the parse cascade parses it
 * for that reading.
 */
final class ListItems {

    /** The bullets a line of a list begins with: punctuation, so closed-class. */
    private static final Set<String> BULLETS = Set.of("-", "\u2013", "\u2014", "\u2022", "*", "\u00B7", "\u25AA", "\u25CF");

    private ListItems() {
    }

    /** The indexes of the sentences that are items of a list, among sentences given as their tokens. */
    static BitSet of(List<List<CoreLabel>> sentences) {
        BitSet items = new BitSet();
        boolean open = false;
        boolean afterMark = false;
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s);
            if (tokens == null || tokens.isEmpty()) {
                open = false;
                afterMark = false;
                continue;
            }
            boolean markOnly = open && markOnly(tokens);
            boolean item = !markOnly && (afterMark || open && marked(tokens));
            if (item) {
                items.set(s);
            }
            afterMark = markOnly;
            open = markOnly || item || tokens.get(tokens.size() - 1).word().equals(":");
        }
        return items;
    }

    private static boolean marked(List<CoreLabel> tokens) {
        int first = tokens.get(0).word().equals("(") && tokens.size() > 1 ? 1 : 0;
        return BULLETS.contains(tokens.get(0).word()) || "LS".equals(tokens.get(first).tag());
    }

    /**
     * "1." split off as a sentence of its own: a list item's number and its full stop or bracket.
     * In an open list a number the tagger calls a cardinal ("5.") is such a mark too, followed by
     * punctuation alone.
     */
    private static boolean markOnly(List<CoreLabel> tokens) {
        boolean cardinal = "CD".equals(tokens.get(0).tag()) && tokens.size() > 1;
        if (!cardinal && !marked(tokens)) {
            return false;
        }
        for (CoreLabel token : cardinal ? tokens.subList(1, tokens.size()) : tokens) {
            boolean mark = !cardinal && ("LS".equals(token.tag()) || BULLETS.contains(token.word()));
            if (!mark && !token.word().matches("\\p{Punct}")) {
                return false;
            }
        }
        return true;
    }
}
