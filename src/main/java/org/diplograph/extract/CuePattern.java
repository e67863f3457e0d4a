package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.link.ActorType;

/**
 * A cue pattern of the lexicon files: a sequence of word alternatives, gaps and
 * actor slots, matched against the tokens of one term.
 */
final class CuePattern {

    /** How far a {@code *} gap may reach. */
    static final int MAX_GAP = 4;

    private sealed interface Element permits Words, Gap, Slot {
    }

    private record Words(Set<String> alternatives) implements Element {
    }

    private record Gap() implements Element {
    }

    private record Slot(Set<ActorType> types) implements Element {
    }

    /** The outcome of a match: where it spans and the entity a slot captured, if any. */
    record Match(int begin, int end, TermToken captured) {
    }

    private final String source;
    private final List<Element> elements;
    private final List<Set<String>> words;

    private CuePattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
        this.words = elements.stream().filter(Words.class::isInstance).map(e -> ((Words) e).alternatives()).toList();
    }

    /**
     * The words and lemmas of tokens, for {@link #find(List, Set)}: a caller that tries many
     * patterns on the same tokens makes it once.
     */
    static Set<String> vocabulary(List<TermToken> tokens) {
        Set<String> vocabulary = new HashSet<>();
        for (TermToken token : tokens) {
            vocabulary.add(token.word());
            vocabulary.add(token.lemma());
        }
        return vocabulary;
    }

    /**
     * The smallest of this pattern's word alternatives, one of whose words any match holds; empty
     * for a pattern of slots alone.
     */
    Set<String> fewestAlternatives() {
        Set<String> fewest = Set.of();
        for (Set<String> alternatives : words) {
            if (fewest.isEmpty() || alternatives.size() < fewest.size()) {
                fewest = alternatives;
            }
        }
        return fewest;
    }

    static CuePattern parse(String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            switch (part) {
                case "*" -> elements.add(new Gap());
                case "{org}" -> elements.add(new Slot(Set.of(ActorType.ORGANIZATION, ActorType.ARMED_GROUP)));
                case "{place}" -> elements.add(new Slot(Set.of(ActorType.TERRITORY)));
                case "{group}" -> elements.add(new Slot(Set.of(ActorType.POPULATION)));
                case "{state}" -> elements.add(new Slot(Set.of(ActorType.STATE)));
                default -> {
                    if (part.startsWith("{")) {
                        throw new IllegalArgumentException("pattern slot must be one of {ORG}, {PLACE}, {GROUP}, {STATE}, but was: " + part + " in: " + pattern);
                    }
                    elements.add(new Words(Set.of(part.split("\\|"))));
                }
            }
        }
        if (elements.isEmpty() || elements.get(0) instanceof Gap || elements.get(elements.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException("pattern must start and end with words or a slot, but was: " + pattern);
        }
        return new CuePattern(pattern, List.copyOf(elements));
    }

    /** The first match in {@code tokens}, or {@code null}. */
    Match find(List<TermToken> tokens) {
        return find(tokens, vocabulary(tokens));
    }

    /**
     * The first match in {@code tokens}, whose {@link #vocabulary} is given, or {@code null}.
     * A pattern one of whose words the tokens lack is not tried at every token: each cue of the
     * lexicon is tried on every phrase of every act, and most phrases hold none of its words.
     */
    Match find(List<TermToken> tokens, Set<String> vocabulary) {
        for (Set<String> alternatives : words) {
            if (!anyIn(alternatives, vocabulary)) {
                return null;
            }
        }
        for (int start = 0; start < tokens.size(); start++) {
            Match match = matchAt(tokens, start, 0, start, null);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private static boolean anyIn(Set<String> alternatives, Set<String> vocabulary) {
        for (String word : alternatives) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Match matchAt(List<TermToken> tokens, int position, int elementIndex, int begin, TermToken captured) {
        if (elementIndex == elements.size()) {
            return new Match(begin, position, captured);
        }
        Element element = elements.get(elementIndex);
        if (element instanceof Gap) {
            for (int skip = 0; skip <= MAX_GAP && position + skip <= tokens.size(); skip++) {
                Match match = matchAt(tokens, position + skip, elementIndex + 1, begin, captured);
                if (match != null) {
                    return match;
                }
            }
            return null;
        }
        if (position >= tokens.size()) {
            return null;
        }
        TermToken token = tokens.get(position);
        if (element instanceof Words words) {
            if (words.alternatives().contains(token.word()) || words.alternatives().contains(token.lemma())) {
                return matchAt(tokens, position + 1, elementIndex + 1, begin, captured);
            }
            return null;
        }
        Slot slot = (Slot) element;
        if (token.entityType() != null && slot.types().contains(token.entityType())) {
            int next = position + 1;
            while (next < tokens.size() && tokens.get(next).entityKey() != null
                    && tokens.get(next).entityKey().equals(token.entityKey())) {
                next++;
            }
            return matchAt(tokens, next, elementIndex + 1, begin, token);
        }
        return null;
    }

    @Override
    public String toString() {
        return source;
    }
}
