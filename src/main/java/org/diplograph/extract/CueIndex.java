package org.diplograph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cues of a list that may match a phrase, told from the phrase's words and lemmas alone. A
 * cue matches only where one word of each of its word alternatives is present, so it is filed
 * under the words of one of them, the fewest; a cue of slots alone is always tried. Every phrase
 * of every act is tried against the condition cues, and most hold the words of none: looking the
 * phrase's words up once costs less than asking each cue. Immutable and thread-safe.
 */
final class CueIndex {

    private final List<Lexicon.Cue> cues;
    private final Map<String, BitSet> byWord;
    private final BitSet always;

    private CueIndex(List<Lexicon.Cue> cues, Map<String, BitSet> byWord, BitSet always) {
        this.cues = cues;
        this.byWord = byWord;
        this.always = always;
    }

    /** The index of {@code cues}, which keep their order. */
    static CueIndex of(List<Lexicon.Cue> cues) {
        if (cues == null) {
            throw new IllegalArgumentException("cues must not be null");
        }
        Map<String, BitSet> byWord = new HashMap<>();
        BitSet always = new BitSet();
        for (int c = 0; c < cues.size(); c++) {
            Set<String> key = cues.get(c).pattern().fewestAlternatives();
            if (key.isEmpty()) {
                always.set(c);
            }
            for (String word : key) {
                byWord.computeIfAbsent(word, w -> new BitSet()).set(c);
            }
        }
        return new CueIndex(List.copyOf(cues), Map.copyOf(byWord), always);
    }

    /**
     * The cues that may match tokens of this vocabulary ({@link CuePattern#vocabulary}), in the
     * list's order: every cue that matches them is among these.
     */
    List<Lexicon.Cue> mayMatch(Set<String> vocabulary) {
        BitSet chosen = (BitSet) always.clone();
        for (String word : vocabulary) {
            BitSet filed = byWord.get(word);
            if (filed != null) {
                chosen.or(filed);
            }
        }
        List<Lexicon.Cue> result = new ArrayList<>(chosen.cardinality());
        for (int c = chosen.nextSetBit(0); c >= 0; c = chosen.nextSetBit(c + 1)) {
            result.add(cues.get(c));
        }
        return result;
    }
}
