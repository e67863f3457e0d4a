package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplograph.WordClasses;
import org.diplograph.nlp.ParseSelector;

/**
 * The cascade before the dependency parse: which sentences the extractor and the linker may read a
 * parse of, told from their tokens, parts of speech, lemmas and entity classes alone. A sentence
 * skips the parse only when none of the rules that read one can fire in it:
 * <ul>
 * <li>a speech-act trigger, curated or learned, by its lemma or (an adjective) its word, whose part
 * of speech fits the token's;</li>
 * <li>a reporting verb with a modal that gives a kind or an intention ("must", "will") in the sentence
 * (a reported clause that is a statement);</li>
 * <li>the anchor of a guarantee rule ({@link GuaranteeRules}): guarantee candidates, guarantees
 * named in a reported clause; for decisions that train models, a guarantee cue as well, since
 * training makes pairs of the sides a cue's sentence names where no rule binds them (a build
 * makes none there);</li>
 * <li>the anchor of a clause rule ({@link ClauseRules}: a modal, a negation);</li>
 * <li>a document cue of the lexicon ("under the deal", "the plan provides"), or a verb "include"
 * with a noun of a group of guarantors in the sentence ("the group could also include X": more
 * guarantors for a group named before);</li>
 * <li>an obligation ("must", "will", "are to") right after a sentence parsed for the rules above
 * (the terms of an agreement spelled out);</li>
 * <li>an item of a list ({@link ListItems}), a term of the act that opened the list;</li>
 * </ul>
 * Each test over-approximates the extractor's rule (it ignores most parts of speech, particles and
 * the parse's structure; two clause rules' anchors ask for a modal or "have" a few words before
 * what follows it, as news writes them), so that what a skipped sentence would have given is
 * nothing. A sentence that names a person, or a pronoun that may be one, and that no rule reads,
 * is parsed on request only: the linker asks its parse whether a person was a subject there when
 * a later "he" or "she" needs to know. Immutable and thread-safe.
 */
public final class ParseCascade implements ParseSelector {

    /** Pronouns the linker resolves to a person ({@code Linker}'s he/she and speaker pronouns). */
    private static final Set<String> PERSON_PRONOUNS = WordClasses.bundled().get("&PERSON_PRONOUN");
    private static final Set<String> OBLIGATIONS = WordClasses.bundled().get("&BINDING_MODAL");
    private static final Set<String> INCLUDE = WordClasses.bundled().get("&INCLUDE");
    /** The nouns of "in return for", "in exchange for" (Extractor.tradesTerms). */
    private static final Set<String> RECIPROCITY = WordClasses.bundled().get("&RECIPROCITY");
    /** The subjects a verb "include" extends a group of guarantors with (Extractor.groupExtension). */
    private static final Set<String> GROUP_HEADS = WordClasses.bundled().get("&GUARANTOR_GROUP");

    private final Lexicon lexicon;
    private final boolean guaranteeCues;
    private final ClauseRules clauseRules = ClauseRules.bundled();
    private final GuaranteeRules guaranteeRules = GuaranteeRules.bundled();
    private final List<CuePattern> documentCues;

    private ParseCascade(Lexicon lexicon, boolean guaranteeCues) {
        this.lexicon = lexicon;
        this.guaranteeCues = guaranteeCues;
        List<CuePattern> cues = new ArrayList<>();
        for (Lexicon.Cue cue : lexicon.attributionCues()) {
            if (cue.type().equals("Document")) {
                cues.add(cue.pattern());
            }
        }
        this.documentCues = List.copyOf(cues);
    }

    /** The cascade for an extractor whose candidates {@code decisions} decide (its learned triggers count too). */
    public static ParseCascade over(Decisions decisions) {
        if (decisions == null) {
            throw new IllegalArgumentException("decisions must not be null; use Decisions.rulesOnly() for the rules alone");
        }
        return new ParseCascade(Lexicon.bundled().withLearned(decisions.triggers()), decisions.isTraining());
    }

    @Override
    public Choice select(List<CoreMap> sentences) {
        BitSet parse = new BitSet();
        BitSet onRequest = new BitSet();
        boolean previousRead = false;
        BitSet listItems = ListItems.of(sentences.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class)).toList());
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            boolean read = tokens != null && (listItems.get(s) || readByRules(tokens, previousRead));
            if (read) {
                parse.set(s);
            } else if (tokens != null && namesPerson(tokens)) {
                onRequest.set(s);
            }
            previousRead = read;
        }
        return new Choice(parse, onRequest);
    }

    /** Whether a rule of the extractor may read this sentence's parse. */
    private boolean readByRules(List<CoreLabel> tokens, boolean afterRead) {
        boolean reporting = false;
        boolean modal = false;
        boolean obliges = false;
        boolean includes = false;
        boolean group = false;
        List<TermToken> terms = new ArrayList<>(tokens.size());
        Set<String> words = new HashSet<>();
        for (CoreLabel token : tokens) {
            words.add(token.word().toLowerCase(Locale.ROOT));
        }
        Bargain bargain = new Bargain(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String lower = token.word().toLowerCase(Locale.ROOT);
            String lemma = lemma(token);
            String tag = token.tag() == null ? "" : token.tag();
            if (triggers(lexicon.candidateTriggers(lemma), tag, false, words, bargain, i) || !lower.equals(lemma)
                    && triggers(lexicon.candidateTriggers(lower), tag, true, words, bargain, i)) {
                return true;
            }
            if (guaranteeCues && lexicon.isGuaranteeCue(lemma)) {
                return true;
            }
            includes |= INCLUDE.contains(lemma);
            group |= GROUP_HEADS.contains(lemma);
            reporting |= tag.startsWith("VB") && lexicon.isReportingVerb(lemma);
            // a modal that gives neither a kind nor an intention ("could", "may") makes no statement
            modal |= lexicon.modal(lemma).filter(m -> m.kind() != null || m.modality() == Modality.INTENTION).isPresent();
            obliges |= OBLIGATIONS.contains(lower) || lemma.equals("be") && i + 2 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("to") && "VB".equals(tokens.get(i + 2).tag());
            terms.add(new TermToken(i, lower, lemma, null, null));
        }
        if (reporting && modal || afterRead && obliges || includes && group || clauseRules.anchored(tokens)
                || guaranteeRules.anchored(tokens)) {
            return true;
        }
        Set<String> vocabulary = CuePattern.vocabulary(terms);
        for (CuePattern cue : documentCues) {
            if (cue.find(terms, vocabulary) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a sentence's last bargain begins, looked for only when a verb of talks asks (most
     * sentences have none): the last token at which an exchange marker begins ("provided that",
     * "if"; Extractor.setsCondition looks for one at or after the verb), or the end of the
     * sentence where it says "in return" or "in exchange" anywhere (Extractor.tradesTerms).
     */
    private final class Bargain {

        private static final int UNKNOWN = -2;
        private final List<CoreLabel> tokens;
        private int last = UNKNOWN;

        Bargain(List<CoreLabel> tokens) {
            this.tokens = tokens;
        }

        /** Whether a bargain begins at token i or after it, or the sentence trades terms. */
        boolean beginsFrom(int i) {
            if (last == UNKNOWN) {
                last = last();
            }
            return last >= i;
        }

        private int last() {
            for (int t = 1; t < tokens.size(); t++) {
                if (tokens.get(t - 1).word().equalsIgnoreCase("in") && RECIPROCITY.contains(lemma(tokens.get(t)))) {
                    return tokens.size();
                }
            }
            for (int t = tokens.size() - 1; t >= 0; t--) {
                for (List<String> marker : lexicon.exchangeMarkers()) {
                    if (startsAt(tokens, t, marker)) {
                        return t;
                    }
                }
            }
            return -1;
        }
    }

    private static boolean startsAt(List<CoreLabel> tokens, int t, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (t + k >= tokens.size() || !tokens.get(t + k).word().equalsIgnoreCase(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one of a token's triggers fits its part of speech as the extractor asks
     * (Extractor.posFits: an exchange verb, token {@code i}, only where a bargain begins at it or
     * after it, or the sentence trades terms); by its word, only adjectives count
     * (Extractor.triggersAt). A trigger with a particle ("call for", "rule out") needs that
     * particle among the sentence's words (Extractor.particleFits finds it next to the verb or
     * among its dependents).
     */
    private static boolean triggers(List<Lexicon.Trigger> triggers, String tag, boolean adjectivesOnly, Set<String> words,
                                    Bargain bargain, int i) {
        for (Lexicon.Trigger trigger : triggers) {
            if (trigger.particle() != null && !words.contains(trigger.particle())) {
                continue;
            }
            boolean fits = switch (trigger.pos()) {
                case "VERB" -> !adjectivesOnly && tag.startsWith("VB");
                case "EXCHANGE" -> !adjectivesOnly && tag.startsWith("VB") && bargain.beginsFrom(i);
                case "NOUN" -> !adjectivesOnly && tag.startsWith("NN");
                case "ADJ" -> tag.startsWith("JJ") || tag.startsWith("VBN");
                default -> false;
            };
            if (fits) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesPerson(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if ("PERSON".equals(token.ner()) || PERSON_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The lemma as the extractor reads it (ParsedSentence.lemma). */
    private static String lemma(CoreLabel token) {
        String lemma = token.lemma();
        return (lemma == null ? token.word() : lemma).toLowerCase(Locale.ROOT);
    }
}
