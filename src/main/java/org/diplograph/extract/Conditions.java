package org.diplograph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.WordClasses;
import org.diplograph.link.ActorType;
import org.diplograph.link.Mention;

/**
 * Reads the conditions of a statement: its content is cut into coordinated terms
 * ("give up X, renounce Y, remain neutral and keep Z out" is four), and each term is
 * matched against the condition cues. A term's obliged party is the subject of its
 * clause, else the sides a noun names ("a truce between A and B"), else the owner of its noun
 * ("Ukraine's neutrality"), else the party of the term before it, else a demonym on its noun
 * ("Israeli shelling"; weaker, since "release Sudanese prisoners" is asked of the other side),
 * else a default that follows the kind of statement and the side of the bargain the term is on.
 */
final class Conditions {

    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "and", "or", "while", "--", "-", "\u2014");

    private Conditions() {
    }

    static void read(ParsedSentence sentence, BitSet region, Lexicon lexicon, Draft draft, String counterpart) {
        read(sentence, region, -1, lexicon, draft, counterpart);
    }

    /** Reads the conditions of the act whose trigger is token {@code head} (-1 for a document's own text). */
    static void read(ParsedSentence sentence, BitSet region, int head, Lexicon lexicon, Draft draft, String counterpart) {
        int exchange = exchangeStart(sentence, region, lexicon);
        boolean trades = exchange < Integer.MAX_VALUE;
        String agentSide = agentSide(sentence, draft);
        List<String> carried = null;
        boolean carriedOtherSide = false;
        BitSet cut = (BitSet) region.clone();
        if (trades) {
            cut.clear(exchange, exchange + exchangeLength(sentence, region, lexicon, exchange));
        }
        List<Draft.DraftCondition> placed = List.of();
        for (BitSet term : terms(sentence, cut)) {
            int before = draft.conditions.size();
            boolean otherSide = term.nextSetBit(0) > exchange;
            if (otherSide != carriedOtherSide) {
                carried = null;
                carriedOtherSide = otherSide;
            }
            if (tellsWhen(sentence, term, head)) {
                continue;
            }
            List<TermToken> tokens = termTokens(sentence, term);
            List<String> parties = parties(sentence, term, draft, trades && !otherSide ? head : -1);
            if (parties.isEmpty() && (hasSubjectOfItsOwn(sentence, term) || isSubjectOfALaterVerb(sentence, term))) {
                carried = null;
            }
            if (parties.isEmpty() && carried != null) {
                parties = carried;
            } else if (parties.isEmpty()) {
                String demonym = party(sentence, term, "amod");
                parties = Collections.singletonList(demonym != null ? demonym
                        : defaultParty(sentence, region, draft, otherSide, exchange, agentSide, counterpart));
            } else {
                carried = parties;
            }
            Map<String, CuePattern.Match> matching = new LinkedHashMap<>();
            Set<String> vocabulary = CuePattern.vocabulary(tokens);
            boolean refused = draft.kind == StatementKind.REJECTION || draft.negated;
            for (Lexicon.Cue cue : lexicon.conditionCues(vocabulary)) {
                if (cue.refused() && !refused) {
                    continue;
                }
                CuePattern.Match match = matching.containsKey(cue.type()) ? null : cue.pattern().find(tokens, vocabulary);
                if (match != null) {
                    matching.put(cue.type(), match);
                }
            }
            Set<String> found = new HashSet<>();
            for (Map.Entry<String, CuePattern.Match> typed : matching.entrySet()) {
                String cueType = typed.getKey();
                CuePattern.Match match = typed.getValue();
                boolean superseded = matching.containsKey(SUPERSEDED_BY.get(cueType))
                        && (!cueType.equals(CESSION) || forcesNamed(sentence, term));
                if (superseded) {
                    continue;
                }
                found.add(cueType);
                int cueToken = tokens.get(match.begin()).index();
                if (namesTheDocument(sentence, cueToken, head, draft.kind) || namedBefore(sentence, cueToken)
                        || cueType.equals(PEACEKEEPING) && receives(sentence, cueToken)) {
                    continue;
                }
                String object = match.captured() == null ? null : match.captured().entityKey();
                if (object == null && cueType.equals("NoAllianceMembership")) {
                    object = firstOrganisation(sentence, term);
                }
                int first = tokens.get(match.begin()).index();
                int last = tokens.get(match.end() - 1).index();
                String label = sentence.text(first, last + 1);
                Span evidence = termEvidence(sentence, term);
                List<String> typeParties = parties;
                boolean troopsLayDown = false;
                if (cueType.equals(SANCTIONS_RELIEF)) {
                    typeParties = List.of(sanctioned(sentence, term, draft, otherSide, agentSide, counterpart));
                } else if (cueType.equals(NON_NUCLEAR) && aboutARegion(sentence, cueToken) && agentSide != null
                        && !SIDES.equals(agentSide)) {
                    typeParties = Collections.singletonList(sentence.linked.principalSideOtherThan(agentSide));
                } else if (cueType.equals(NO_ALLIANCE)) {
                    String joiner = joiner(sentence, term);
                    if (joiner != null) {
                        typeParties = List.of(joiner);
                    }
                } else if (cueType.equals(DISARMAMENT)) {
                    String owner = armsOwner(sentence, term);
                    String troops = owner == null && parties.stream().allMatch(p -> p == null || SIDES.equals(p))
                            ? forcesOf(sentence, region) : null;
                    if (owner != null) {
                        typeParties = List.of(owner);
                    } else if (troops != null && isState(sentence, troops)) {
                        typeParties = List.of(troops);
                        troopsLayDown = true;
                    }
                } else if (FORCE_TYPES.contains(cueType)) {
                    String nation = forcesOf(sentence, term);
                    if (nation != null) {
                        typeParties = List.of(nation);
                    }
                } else if (cueType.equals(ELECTIONS)) {
                    String host = stateIn(sentence, term);
                    if (host != null) {
                        typeParties = List.of(host);
                    }
                }
                for (String party : typeParties) {
                    String conditionParty = party;
                    if (conditionParty != null && conditionParty.equals(object)) {
                        conditionParty = counterpart;
                    }
                    String type = cueType;
                    if (type.equals(DISARMAMENT) && isState(sentence, conditionParty)) {
                        type = troopsLayDown || forcesNamed(sentence, term) ? OTHER : NON_NUCLEAR;
                    }
                    draft.addCondition(new Draft.DraftCondition(type, label, conditionParty, object, evidence));
                }
            }
            List<Draft.DraftCondition> repeated = found.isEmpty() ? repeatForPlace(sentence, term, placed) : List.of();
            repeated.forEach(draft::addCondition);
            placed = repeated.isEmpty() ? placedConditions(sentence, draft.conditions.subList(before, draft.conditions.size())) : repeated;
            if (found.isEmpty() && repeated.isEmpty()) {
                int action = action(sentence, term, head, lexicon, draft.content || draft.kind == StatementKind.OFFER && !otherSide,
                        givesAssurance(draft), otherSide);
                if (action >= 0) {
                    String label = sentence.text(action, term.length());
                    Span evidence = termEvidence(sentence, term);
                    for (String party : parties) {
                        draft.addCondition(new Draft.DraftCondition(OTHER, label, party, null, evidence));
                    }
                } else if (otherSide) {
                    int thing = thingAskedInReturn(sentence, term);
                    if (thing >= 0) {
                        String giver = giver(sentence, thing);
                        Span evidence = termEvidence(sentence, term);
                        for (String party : giver != null ? List.of(giver) : parties) {
                            draft.addCondition(new Draft.DraftCondition(OTHER, sentence.text(term.nextSetBit(0), term.length()),
                                    party, null, evidence));
                        }
                    }
                }
            }
        }
    }

    /**
     * "cede the northern valley by March, the river port by May and the
     * border town of Kessel by June": a term that only names another place, after a term whose condition
     * concerns a place, is the same condition for that place.
     */
    private static List<Draft.DraftCondition> repeatForPlace(ParsedSentence sentence, BitSet term,
            List<Draft.DraftCondition> placed) {
        if (placed.isEmpty()) {
            return List.of();
        }
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            if (sentence.isVerb(t)) {
                return List.of();
            }
        }
        for (Mention mention : sentence.mentionsIn(term)) {
            if (mention.type() != ActorType.TERRITORY) {
                continue;
            }
            Span evidence = termEvidence(sentence, term);
            List<Draft.DraftCondition> repeated = new ArrayList<>();
            for (Draft.DraftCondition condition : placed) {
                repeated.add(new Draft.DraftCondition(condition.type(), sentence.text(term.nextSetBit(0), term.length()),
                        condition.party(), mention.key(), evidence));
            }
            return repeated;
        }
        return List.of();
    }

    /** The conditions of one term that concern a territory, which a following bare place may repeat. */
    private static List<Draft.DraftCondition> placedConditions(ParsedSentence sentence, List<Draft.DraftCondition> ofTerm) {
        List<Draft.DraftCondition> placed = new ArrayList<>();
        for (Draft.DraftCondition condition : ofTerm) {
            if (condition.object() != null && sentence.linked.entity(condition.object()).type() == ActorType.TERRITORY) {
                placed.add(condition);
            }
        }
        return List.copyOf(placed);
    }

    private static final Set<String> OBLIGING = Set.of("must", "should", "to", "shall");

    /** Modals that foretell, which bind only in a document's own text or in what an offer puts up. */
    private static final Set<String> FORETELLING = Set.of("will", "would");

    /**
     * "in return for a treaty, trade links and reconstruction money from X": past an exchange
     * marker, a term that is only a noun phrase names a thing asked in return, an Other term.
     * Returns its head noun, or -1 when the term has a verb, is a name, a place ("Sanaa
     * airport"), a side ("other countries"), a guarantee or a document (facts of their own), or
     * no thing (a date, a quantity).
     */
    private static int thingAskedInReturn(ParsedSentence sentence, BitSet term) {
        int head = -1;
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            String lemma = sentence.lemma(t);
            boolean otherKind = GUARANTEE_NOUNS.contains(lemma) || Extractor.DOCUMENT_NOUNS.contains(lemma);
            if (sentence.isVerb(t) || sentence.tag(t).equals("MD") || otherKind) {
                return -1;
            }
            int governor = sentence.governor(t);
            if ((governor < 0 || !term.get(governor)) && head < 0) {
                head = t;
            }
        }
        if (head < 0 || !sentence.tag(head).startsWith("NN") || sentence.tag(head).startsWith("NNP")
                || sentence.mentionAt(head).isPresent() || !"O".equals(sentence.ner(head))
                || SIDE_NOUNS.contains(sentence.lemma(head))) {
            return -1;
        }
        boolean named = sentence.children(head, "compound", "amod").stream().anyMatch(m -> sentence.mentionAt(m).isPresent());
        return named ? -1 : head;
    }

    /** Nouns for sides, not things: "and other countries". */
    private static final Set<String> SIDE_NOUNS = WordClasses.bundled().get("&ACTOR_NOUN");

    /** "reconstruction money from the European Union": the side a thing comes from, or null. */
    private static String giver(ParsedSentence sentence, int thing) {
        for (int from : sentence.children(thing, "nmod:from")) {
            Optional<String> actor = actorOf(sentence, from);
            if (actor.isPresent()) {
                return actor.get();
            }
        }
        return null;
    }

    /** The text of a whole term, which is the evidence of each condition read from it. */
    private static Span termEvidence(ParsedSentence sentence, BitSet term) {
        return Span.of(sentence.body, sentence.charBegin(term.nextSetBit(0)), sentence.charEnd(term.length() - 1));
    }

    /** What a side that respects another's may not touch: "respect its sovereignty and borders". */
    private static final Set<String> INTEGRITY_NOUNS = WordClasses.bundled().get("&INTEGRITY");

    /**
     * "respect X's sovereignty and borders", "refrain from the use of force against X": a promise
     * not to threaten a side, which is an assurance of its security (a guarantee) and no other term.
     */
    static boolean isAssurance(ParsedSentence sentence, int verb) {
        String lemma = sentence.lemma(verb);
        if (!sentence.isVerb(verb) || !ASSURING_VERBS.contains(lemma)) {
            return false;
        }
        BitSet phrase = sentence.subtree(verb);
        for (int t = phrase.nextSetBit(0); t >= 0; t = phrase.nextSetBit(t + 1)) {
            boolean integrity = !REFRAIN.contains(lemma) && INTEGRITY_NOUNS.contains(sentence.lemma(t));
            boolean force = REFRAIN.contains(lemma) && COERCION.contains(sentence.lemma(t));
            if (integrity || force) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the act's own promises not to threaten a side are assurances: a side's offer or
     * acceptance is, unless it is asked of the side ("X must respect Y's sovereignty", "had to
     * respect"), a term of a demand.
     */
    static boolean givesAssurance(Draft draft) {
        return draft.kind != null && draft.kind.undertakes()
                && draft.modality != Modality.OBLIGATION && draft.modality != Modality.RECOMMENDATION;
    }

    private static final Set<String> ASSURING_VERBS = WordClasses.bundled().get("&ASSURING");
    private static final Set<String> REFRAIN = WordClasses.bundled().get("&REFRAIN");
    private static final Set<String> COERCION = WordClasses.bundled().get("&COERCION");

    /** "refused to discuss X": a verb of talks, which trades terms elsewhere, is here the act refused or asked. */
    private static boolean talks(Lexicon lexicon, String lemma) {
        return lexicon.triggers(lemma).stream().allMatch(t -> t.pos().equals("EXCHANGE"));
    }

    /**
     * "Serbia must sign it": a verb that a side must or should do is the act asked of it, even a
     * verb that elsewhere reports a speech act of its own.
     */
    private static boolean obliged(ParsedSentence sentence, int verb) {
        return sentence.children(verb, "aux").stream().anyMatch(a -> {
            String word = sentence.lower(a);
            return word.equals("must") || word.equals("should") || word.equals("shall");
        });
    }

    /** "agreed on how to implement the plan": a question is what an act is about, not a term of it. */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "whether", "when", "where", "why");

    /** The relations by which an act's trigger governs the clauses that say what is to be done. */
    private static final List<String> CLAUSES = List.of("xcomp", "ccomp", "advcl", "conj", "dep", "parataxis");

    /** "provide security guarantees to X" is a guarantee, read as one, and no term of another type. */
    private static final Set<String> GUARANTEE_NOUNS = WordClasses.bundled().get("&GUARANTEE");

    /**
     * Verbs that head no term of their own: states of affairs ("be", "have", "remain") and of mind
     * ("as long as a majority wishes") are no acts, and "guarantee" is a fact of its own kind.
     */
    private static final Set<String> NOT_ACTS = WordClasses.bundled().get("&NOT_ACT");

    /**
     * A type that a more specific one found in the same term takes the place of: giving up nuclear
     * weapons is non-nuclear status, not an armed group's disarmament; pulling heavy weapons back
     * to make a buffer zone is demilitarisation, not a withdrawal of troops; withdrawing troops
     * from a town is a withdrawal, not a cession (withdrawing an administration from it is one);
     * observers of an election watch the vote, they keep no peace.
     * The cue file lists the broader type first in some cases, so the order of the file cannot
     * decide: every type a term matches is known before any is kept.
     */
    private static final Map<String, String> SUPERSEDED_BY = Map.of(
            "Disarmament", "NonNuclearStatus",
            "TroopWithdrawal", "Demilitarization",
            "TerritorialCession", "TroopWithdrawal",
            "Peacekeeping", "Elections");

    /**
     * "accepted a truce", "a deal to end the war": a match on the very document an act is about,
     * or on the aim the document is named for, is no term of it. A truce one abides by or
     * observes is kept, not only accepted: ceasing fire is then the term.
     */
    private static boolean namesTheDocument(ParsedSentence sentence, int token, int head, StatementKind kind) {
        if (head < 0) {
            return false;
        }
        boolean answered = kind == StatementKind.ACCEPTANCE || kind == StatementKind.REJECTION;
        boolean keptTruce = KEEPING.contains(sentence.lemma(head)) && TRUCE_NOUNS.contains(sentence.lemma(token));
        if (answered && !keptTruce && sentence.relationTo(head, token).map(r -> r.startsWith("obj") || r.startsWith("obl")).orElse(false)
                && Extractor.DOCUMENT_NOUNS.contains(sentence.lemma(token))) {
            return true;
        }
        if (!END.contains(sentence.lemma(token))) {
            return false;
        }
        int governor = sentence.governor(token);
        int above = governor < 0 ? -1 : sentence.governor(governor);
        return governor == head && kind == StatementKind.ACCEPTANCE
                || governor >= 0 && (Extractor.DOCUMENT_NOUNS.contains(sentence.lemma(governor))
                        || AIM_NOUNS.contains(sentence.lemma(governor)))
                || above >= 0 && (AIM_NOUNS.contains(sentence.lemma(above))
                        || Extractor.DOCUMENT_NOUNS.contains(sentence.lemma(above)));
    }

    private static final Set<String> TRUCE_NOUNS = WordClasses.bundled().get("&TRUCE");
    private static final Set<String> KEEPING = WordClasses.bundled().get("&ABIDE");
    private static final Set<String> END = WordClasses.bundled().get("&END");

    /** "a step towards ending the war", "the best hope of ending the violence": an aim, not a term. */
    private static final Set<String> AIM_NOUNS = WordClasses.bundled().get("&AIM");

    /** "the state of war is over": a subject said to end is the term itself. */
    private static final Set<String> ENDED = WordClasses.bundled().get("&OVER");

    /**
     * "The pullback is to be verified by ...", "The truce takes effect on Monday": a definite
     * subject speaks of a term named before, which it does not set again.
     */
    private static boolean namedBefore(ParsedSentence sentence, int token) {
        List<Integer> predicates = sentence.parents(token, "nsubj", "nsubj:pass");
        boolean ended = predicates.stream().anyMatch(p -> ENDED.contains(sentence.lemma(p)));
        if (predicates.isEmpty() || ended || !sentence.tag(token).startsWith("NN") || sentence.mentionAt(token).isPresent()) {
            return false;
        }
        return sentence.children(token, "det").stream()
                .anyMatch(d -> sentence.lower(d).equals("the") || sentence.lower(d).equals("this"));
    }

    /**
     * Disarmament is an armed group's giving up of its weapons; a state that gives up its weapons
     * in diplomatic news gives up its weapons of mass destruction, which is non-nuclear status,
     * unless it is the state's troops that lay down their arms (a surrender, an Other term).
     */
    private static final String DISARMAMENT = "Disarmament";
    private static final String NON_NUCLEAR = "NonNuclearStatus";

    private static boolean isState(ParsedSentence sentence, String key) {
        return key != null && sentence.linked.isActor(key) && sentence.linked.entity(key).type() == ActorType.STATE;
    }

    /** The type of a term that no cue names; its label is the term's own words. */
    private static final String OTHER = "Other";

    /**
     * The verb a term of no named type is headed by, when the term is an act someone must do
     * ("restore diplomatic ties", "comply with the resolutions", "be barred from office"), or -1:
     * a verb in its base form (or a passive one, a subjunctive: "demanded that they serve time",
     * or a finite verb past an exchange marker: "if X complied with Y"), bare or after "must", "should" or "to", or after
     * "will" or "would" where it binds: in a document's own text ("Under the deal, X will ...")
     * and in what an offer puts up itself ("X would halt Y as long as ..."). Elsewhere a forecast
     * ("would contribute", "can request") is not a term; the trigger, a reporting verb and
     * {@link #NOT_ACTS} are not acts; an act has an object or a complement. The act's own trigger
     * ("insists that X must ...") and its words other than the clauses it governs ("urged the
     * group to ...", "was ready to ...") are outside the term.
     */
    private static int action(ParsedSentence sentence, BitSet term, int trigger, Lexicon lexicon, boolean binding,
            boolean assuring, boolean conditional) {
        int act = trigger >= 0 && !lexicon.triggers(sentence.lemma(trigger)).isEmpty() && !obliged(sentence, trigger)
                ? trigger : -1;
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            int governor = sentence.governor(t);
            boolean addressee = act >= 0 && governor == act && !sentence.relationTo(act, t)
                    .map(r -> CLAUSES.stream().anyMatch(r::startsWith)).orElse(false);
            if (t == act || addressee || governor >= 0 && governor != act && term.get(governor)) {
                continue;
            }
            String lemma = sentence.lemma(t);
            boolean passiveBase = sentence.tag(t).equals("VBN") && sentence.children(t, "aux:pass").stream()
                    .anyMatch(a -> sentence.tag(a).equals("VB"))
                    && sentence.children(t, "aux").stream().noneMatch(a -> FORETELLING.contains(sentence.lower(a)));
            boolean subjunctive = act >= 0 && sentence.tag(t).equals("VBP") && sentence.children(t, "aux").isEmpty()
                    && sentence.relationTo(act, t).map(r -> r.startsWith("ccomp")).orElse(false);
            boolean stated = conditional && Set.of("VBD", "VBP", "VBZ").contains(sentence.tag(t))
                    && sentence.children(t, "aux").isEmpty();
            boolean base = sentence.tag(t).equals("VB") || passiveBase || subjunctive || stated;
            if (!base || NOT_ACTS.contains(lemma) || lexicon.isReportingVerb(lemma)
                    || !lexicon.triggers(lemma).isEmpty() && !obliged(sentence, t) && !talks(lexicon, lemma)) {
                return -1;
            }
            for (int aux : sentence.children(t, "aux")) {
                String word = sentence.lower(aux);
                if (passiveBase && sentence.relationTo(t, aux).map(r -> r.equals("aux:pass")).orElse(false)) {
                    continue;
                }
                boolean decreed = binding && FORETELLING.contains(word);
                if (!OBLIGING.contains(word) && !decreed) {
                    return -1;
                }
            }
            boolean question = sentence.children(t, "advmod", "mark").stream()
                    .anyMatch(w -> QUESTION_WORDS.contains(sentence.lower(w)));
            if (question) {
                return -1;
            }
            boolean guarantees = sentence.children(t, "obj").stream().anyMatch(o -> GUARANTEE_NOUNS.contains(sentence.lemma(o)));
            if (guarantees || assuring && isAssurance(sentence, t)) {
                return -1;
            }
            boolean complemented = !sentence.children(t, "obj", "obl", "xcomp", "compound:prt").isEmpty();
            return complemented ? t : -1;
        }
        return -1;
    }

    private static final Set<String> ARMS_NOUNS = WordClasses.bundled().get("&ARMS");

    /**
     * Whose weapons are given up: "the decommissioning of all weapons, including those of X"
     * disarms X, whoever works to achieve it. Null when no owner is named.
     */
    private static String armsOwner(ParsedSentence sentence, BitSet term) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            if (!ARMS_NOUNS.contains(sentence.lemma(t)) && !ARMS_NOUNS.contains(sentence.lower(t))) {
                continue;
            }
            for (int owner : sentence.children(t, "nmod:of", "nmod:poss")) {
                Optional<String> actor = actorOf(sentence, owner);
                if (actor.isPresent() && term.get(owner)) {
                    return actor.get();
                }
            }
        }
        return null;
    }

    /**
     * "a nuclear-free Korean Peninsula", "a Middle East free of nuclear weapons": a region to be
     * rid of nuclear arms concerns the side whose arms are at issue, which the speaker is not:
     * the article's principal other side.
     */
    private static boolean aboutARegion(ParsedSentence sentence, int token) {
        int governor = sentence.governor(token);
        return governor >= 0 && (REGION_NOUNS.contains(sentence.lemma(governor))
                || sentence.mentionAt(governor).map(m -> m.type() == ActorType.TERRITORY).orElse(false));
    }

    private static final Set<String> REGION_NOUNS = WordClasses.bundled().get("&REGION");

    /** The type whose party is the side that would join: "a call to bar Ukraine from joining NATO". */
    private static final String NO_ALLIANCE = "NoAllianceMembership";
    private static final Set<String> JOINING = WordClasses.bundled().get("&ACCESSION");
    private static final Set<String> ENLARGING = WordClasses.bundled().get("&ENLARGE");

    /**
     * The side that would join an alliance: the subject of "join", the owner of "membership"
     * ("Ukraine's membership"), else the last state the term names before the word, or for an
     * alliance that expands, the first it names after ("expand east, including to X"), or null.
     */
    private static String joiner(ParsedSentence sentence, BitSet term) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            if (!JOINING.contains(sentence.lemma(t))) {
                continue;
            }
            boolean enlarging = ENLARGING.contains(sentence.lemma(t));
            for (int owner : enlarging ? List.<Integer>of() : sentence.children(t, "nsubj", "nmod:poss", "amod")) {
                Optional<String> actor = actorOf(sentence, owner);
                if (actor.isPresent()) {
                    return actor.get();
                }
            }
            String last = null;
            for (Mention mention : sentence.mentionsIn(term)) {
                boolean joins = enlarging ? mention.begin() > t : mention.end() <= t;
                if (joins && mention.type() == ActorType.STATE && (last == null || !enlarging)) {
                    last = sentence.linked.stateOf(mention.key());
                }
            }
            return last;
        }
        return null;
    }

    /**
     * Types whose party is the side whose forces are sent or pulled back: "sending Egyptian troops"
     * is Egypt's to do, whoever proposes or rules it out.
     */
    private static final Set<String> FORCE_TYPES = Set.of("Peacekeeping", "TroopWithdrawal");
    private static final Set<String> FORCE_NOUNS = WordClasses.bundled().get("&FORCE");

    private static final String CESSION = "TerritorialCession";
    private static final String PEACEKEEPING = "Peacekeeping";

    /** "hand over the weapons to UN monitors": monitors who receive something are not deployed by the term. */
    private static boolean receives(ParsedSentence sentence, int token) {
        int governor = sentence.governor(token);
        return governor >= 0 && sentence.relationTo(governor, token).map(r -> r.endsWith(":to")).orElse(false);
    }

    /** A noun for forces; the tagger leaves some plurals unlemmatised ("troops"). */
    private static boolean isForce(ParsedSentence sentence, int t) {
        String word = sentence.lower(t);
        return FORCE_NOUNS.contains(sentence.lemma(t)) || word.endsWith("s") && FORCE_NOUNS.contains(word.substring(0, word.length() - 1));
    }

    private static boolean forcesNamed(ParsedSentence sentence, BitSet term) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            if (isForce(sentence, t)) {
                return true;
            }
        }
        return false;
    }

    /** The state or group whose forces a noun of the term names ("Russian troops", "Turkey's soldiers"), or null. */
    private static String forcesOf(ParsedSentence sentence, BitSet term) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            if (!isForce(sentence, t)) {
                continue;
            }
            for (int owner : sentence.children(t, "amod", "nmod:poss", "compound")) {
                Optional<String> actor = actorOf(sentence, owner);
                if (actor.isPresent()) {
                    return actor.get();
                }
            }
        }
        return null;
    }

    /** "a general election would follow in X within a year": the state in which elections are held is the one that holds them. */
    private static final String ELECTIONS = "Elections";

    private static String stateIn(ParsedSentence sentence, BitSet term) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            for (int place : sentence.children(t, "obl:in", "nmod:in")) {
                Optional<Mention> mention = sentence.mentionAt(place);
                if (mention.isPresent() && mention.get().type() == ActorType.STATE) {
                    return mention.get().key();
                }
            }
        }
        return null;
    }

    /**
     * The type whose party is the one that gains: "sanctions on the party are lifted". The clause's
     * subject is then the side that lifts them, and a possessive ("its sanctions") the side that
     * imposed them, so neither names the party.
     */
    private static final String SANCTIONS_RELIEF = "SanctionsRelief";
    private static final Set<String> SANCTIONS = WordClasses.bundled().get("&SANCTION");

    /**
     * Who must act when a term names no one. A side that offers, accepts or refuses commits itself,
     * so its own terms fall to it; a side that demands or proposes asks something of the other side.
     * Past an exchange marker ("in return for", "provided that") the roles turn round; in a
     * document's own text, which has no speaker, the side first named past the marker is the one
     * it asks ("X will free prisoners, but only if Y and others keep the ceasefire").
     */
    private static String defaultParty(ParsedSentence sentence, BitSet region, Draft draft, boolean otherSide,
            int exchange, String agentSide, String counterpart) {
        boolean commits = commits(draft.kind);
        if (!otherSide) {
            return commits && agentSide != null ? agentSide : counterpart;
        }
        if (draft.content) {
            String named = firstOtherSide(sentence, region, exchange, draft);
            return named != null ? named : counterpart;
        }
        if (!commits) {
            return agentSide != null ? agentSide : counterpart;
        }
        String named = firstOtherSide(sentence, region, exchange, draft);
        if (named == null) {
            named = firstOtherSide(sentence, region, region.nextSetBit(0), draft);
        }
        if (named != null) {
            return named;
        }
        return counterpart != null ? counterpart : agentSide;
    }

    /**
     * The first state or armed group the region names from token {@code from} on that is not the
     * side of the statement's agents, or null.
     */
    static String firstOtherSide(ParsedSentence sentence, BitSet region, int from, Draft draft) {
        BitSet after = new BitSet();
        for (int t = region.nextSetBit(from); t >= 0; t = region.nextSetBit(t + 1)) {
            after.set(t);
        }
        for (Mention mention : sentence.mentionsIn(after)) {
            if ((mention.type() == ActorType.STATE || mention.type() == ActorType.ARMED_GROUP)
                    && !isAgentSide(sentence, draft, sentence.linked.stateOf(mention.key()))) {
                return sentence.linked.stateOf(mention.key());
            }
        }
        return null;
    }

    private static String sanctioned(ParsedSentence sentence, BitSet term, Draft draft, boolean otherSide,
            String agentSide, String counterpart) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            if (!SANCTIONS.contains(sentence.lemma(t))) {
                continue;
            }
            for (int target : sentence.children(t, "nmod:on", "nmod:against", "obl:on", "obl:against")) {
                Optional<String> actor = actorOf(sentence, target);
                if (actor.isPresent()) {
                    return actor.get();
                }
                for (int owner : sentence.children(target, "amod", "nmod:poss", "compound")) {
                    actor = actorOf(sentence, owner);
                    if (actor.isPresent()) {
                        return actor.get();
                    }
                }
            }
        }
        boolean asksForItself = draft.kind == StatementKind.DEMAND || draft.kind == StatementKind.ACCEPTANCE;
        boolean gainsItself = otherSide ? commits(draft.kind) : asksForItself;
        if (gainsItself && agentSide != null) {
            return agentSide;
        }
        if (counterpart == null && agentSide != null && !SIDES.equals(agentSide)) {
            return sentence.linked.principalSideOtherThan(agentSide);
        }
        return counterpart != null ? counterpart : agentSide;
    }

    static boolean commits(StatementKind kind) {
        return kind == StatementKind.OFFER || kind == StatementKind.ACCEPTANCE || kind == StatementKind.REJECTION;
    }

    /** The state (or group) of the statement's agent, or every side when several agents act together. */
    static String agentSide(ParsedSentence sentence, Draft draft) {
        if (draft.agents.isEmpty()) {
            return null;
        }
        return draft.agents.size() > 1 ? SIDES : sentence.linked.stateOf(draft.agents.get(0));
    }

    /** Whether the region trades terms: it holds an exchange marker ("in return for", "provided that"). */
    static boolean hasExchangeMarker(ParsedSentence sentence, BitSet region, Lexicon lexicon) {
        return exchangeStart(sentence, region, lexicon) < Integer.MAX_VALUE;
    }

    /** The first token of the first exchange marker in the region, or the region's end when none. */
    static int exchangeStart(ParsedSentence sentence, BitSet region, Lexicon lexicon) {
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            for (List<String> marker : lexicon.exchangeMarkers()) {
                if (startsAt(sentence, region, t, marker)) {
                    return t;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int exchangeLength(ParsedSentence sentence, BitSet region, Lexicon lexicon, int start) {
        int longest = 0;
        for (List<String> marker : lexicon.exchangeMarkers()) {
            if (startsAt(sentence, region, start, marker)) {
                longest = Math.max(longest, marker.size());
            }
        }
        return longest;
    }

    private static boolean startsAt(ParsedSentence sentence, BitSet region, int t, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            int at = t + k;
            if (at >= sentence.size() || !region.get(at) || !sentence.lower(at).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The region cut at commas, semicolons, coordinating words and gaps. */
    static List<BitSet> terms(ParsedSentence sentence, BitSet region) {
        List<BitSet> terms = new ArrayList<>();
        BitSet current = new BitSet();
        for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
            if (!current.isEmpty() && current.length() < t) {
                terms.add(current);
                current = new BitSet();
            }
            if (SEPARATORS.contains(sentence.lower(t)) && !joinsModifiers(sentence, t) && !introducesExample(sentence, t)) {
                if (!current.isEmpty()) {
                    terms.add(current);
                }
                current = new BitSet();
                continue;
            }
            current.set(t);
        }
        if (!current.isEmpty()) {
            terms.add(current);
        }
        return terms;
    }

    /** "by both sides", "the two parties": every side, after "both", "two", "the" or "all". */
    private static final Set<String> SIDE = WordClasses.bundled().get("&SIDE");
    private static final Set<String> PARTIES = WordClasses.bundled().get("&PARTY");
    /** "both countries", "the two governments": every side, after "both" or "two" alone ("the country" is one). */
    private static final Set<String> COUNTERPARTS = WordClasses.bundled().get("&COUNTERPART");
    /** The words that count a plural as the sides: "both countries", "the two governments". */
    private static final Set<String> COUNTING = Set.of("both", "two");
    /** The words that make "sides" or "parties" every side: "both sides", "the parties", "all sides". */
    private static final Set<String> EVERY_SIDE = Set.of("both", "two", "the", "all");

    /** "X insisted that it would ...": a pronoun subject of reported content is the speaker's side. */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "we", "he", "she");

    /**
     * "Russian peacekeepers will deploy, and prisoners will be exchanged": a clause with a subject
     * of its own that names no side does not take the party of the clause before it.
     */
    private static boolean hasSubjectOfItsOwn(ParsedSentence sentence, BitSet term) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            if (sentence.isVerb(t)) {
                for (int subject : sentence.children(t, "nsubj", "nsubj:pass")) {
                    if (term.get(subject) && !sentence.tag(subject).startsWith("PRP") && !sentence.tag(subject).startsWith("W")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Monitors will patrol the corridor, and detainees and hostages will be freed": a term that is the
     * subject of a verb after it begins a clause of its own, which does not take the party of the
     * clause before it.
     */
    private static boolean isSubjectOfALaterVerb(ParsedSentence sentence, BitSet term) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            int governor = sentence.governor(t);
            if (governor >= 0 && term.get(governor)) {
                continue;
            }
            for (int verb : sentence.parents(t, "nsubj", "nsubj:pass")) {
                if (!term.get(verb) && verb > t && !sentence.tag(t).startsWith("PRP")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the weapons of all groups, including those of X": an example of the term before is part of
     * it, and may name its party.
     */
    private static boolean introducesExample(ParsedSentence sentence, int t) {
        return sentence.word(t).equals(",") && t + 1 < sentence.size() && sentence.lower(t + 1).equals("including");
    }

    /**
     * "..., as the talks ended without a breakthrough", "when the war broke out": a clause that
     * says when the act took place sets no term ("as long as" is an exchange marker, not this);
     * the act's own clause may be such a clause ("after X refused to ...") and still has its terms.
     */
    private static boolean tellsWhen(ParsedSentence sentence, BitSet term, int head) {
        if (head >= 0 && term.get(head)) {
            return false;
        }
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            int governor = sentence.governor(t);
            // "as the talks ended" is at times parsed as "as" + a noun with the verb hung on it
            boolean clause = sentence.isVerb(t) || sentence.children(t, "acl").stream().anyMatch(sentence::isVerb);
            if (governor >= 0 && term.get(governor) || !clause) {
                continue;
            }
            for (int mark : sentence.children(t, "mark", "case")) {
                String word = sentence.lower(mark);
                if (sentence.isTemporalAs(mark) || word.equals("when") || word.equals("after")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "a complete and unequivocal ceasefire": a coordinator between two adjectives joins no terms. */
    private static boolean joinsModifiers(ParsedSentence sentence, int t) {
        return t > 0 && t + 1 < sentence.size() && sentence.tag(t - 1).startsWith("JJ") && sentence.tag(t + 1).startsWith("JJ");
    }

    /** "both sides", "the two sides", "the parties": every side of the agreement. */
    static final String SIDES = "@sides";

    /** "They must now implement it", said by one who is not one of them: the sides of the last joint act. */
    static final String THEY = "@they";

    /**
     * Whom "they" stands for: the agents when several act together or when the one agent is a
     * group; else others, the sides that last acted together ({@link #THEY}).
     */
    private static String plural(ParsedSentence sentence, Draft draft) {
        if (draft.agents.size() > 1) {
            return SIDES;
        }
        String agent = draft.agents.get(0);
        boolean group = sentence.linked.isActor(agent) && sentence.linked.entity(agent).type() != ActorType.PERSON
                && sentence.linked.entity(agent).type() != ActorType.STATE;
        return group ? agent : THEY;
    }

    /**
     * The parties a term names: its subjects, the sides "between" which it is, else its owner. A
     * side that asks something names itself only where it puts up its own side of a bargain in
     * what it says, by a pronoun or by name ("X insisted that it would give up Y only if Z", "X
     * proposed that the country stay neutral in exchange for guarantees from Z"): {@code
     * bargainer} is then the verb it says it with, else -1.
     */
    private static List<String> parties(ParsedSentence sentence, BitSet term, Draft draft, int bargainer) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            for (int subject : sentence.children(t, "nsubj", "nsubj:pass")) {
                List<String> found = new ArrayList<>();
                List<Integer> heads = new ArrayList<>(List.of(subject));
                heads.addAll(sentence.children(subject, "conj"));
                for (int demonym : sentence.children(subject, "amod")) {
                    List<Integer> coordinated = sentence.children(demonym, "conj");
                    if (!coordinated.isEmpty()) {
                        heads.add(demonym);
                        heads.addAll(coordinated);
                    }
                }
                boolean active = sentence.relationTo(t, subject).map(r -> !r.startsWith("nsubj:pass")).orElse(false);
                for (int head : heads) {
                    Optional<String> actor = actorOf(sentence, head);
                    boolean itself = actor.isEmpty() && SPEAKER_PRONOUNS.contains(sentence.lower(head)) && !draft.agents.isEmpty();
                    if (itself) {
                        actor = Optional.of(draft.agents.size() > 1 ? SIDES : sentence.linked.stateOf(draft.agents.get(0)));
                    }
                    if (actor.isEmpty() && sentence.lower(head).equals("they") && !draft.agents.isEmpty()) {
                        actor = Optional.of(plural(sentence, draft));
                    }
                    boolean agentSide = actor.isPresent() && isAgentSide(sentence, draft, actor.get());
                    boolean ownAct = (itself || agentSide) && active && bargainer >= 0
                            && sentence.relationTo(bargainer, t).map(r -> r.startsWith("ccomp")).orElse(false);
                    if (actor.isPresent() && (commits(draft.kind) || ownAct || !agentSide) && !found.contains(actor.get())) {
                        found.add(actor.get());
                    }
                    if (actor.isEmpty() && bothSides(sentence, head)) {
                        found.add(SIDES);
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
            List<String> between = new ArrayList<>();
            for (int pair : sentence.children(t, "nmod:between")) {
                List<Integer> heads = new ArrayList<>(List.of(pair));
                heads.addAll(sentence.children(pair, "conj"));
                for (int head : heads) {
                    actorOf(sentence, head).filter(a -> !between.contains(a)).ifPresent(between::add);
                }
            }
            if (between.size() > 1) {
                return between;
            }
            for (int by : sentence.children(t, "nmod:by", "acl")) {
                if (SIDE.contains(sentence.lemma(by)) && bothSides(sentence, by)) {
                    return List.of(SIDES);
                }
            }
        }
        String owner = party(sentence, term, "nmod:poss", "nmod:for", "nmod:of");
        return owner == null ? List.of() : List.of(owner);
    }

    /**
     * Whether a noun stands for every side: "both sides", "the parties", "all sides"; and "both
     * countries", "the two governments", where only a number says that the sides are meant.
     */
    private static boolean bothSides(ParsedSentence sentence, int head) {
        String lemma = sentence.lemma(head);
        Set<String> quantifiers;
        if (COUNTERPARTS.contains(lemma) && sentence.tag(head).equals("NNS")) {
            quantifiers = COUNTING;
        } else if (PARTIES.contains(lemma)) {
            quantifiers = EVERY_SIDE;
        } else {
            return false;
        }
        return sentence.children(head, "det", "nummod", "det:predet").stream().map(sentence::lower).anyMatch(quantifiers::contains);
    }

    /** The actor that owns a noun of the term through one of the relations, if any. */
    private static String party(ParsedSentence sentence, BitSet term, String... relations) {
        for (int t = term.nextSetBit(0); t >= 0; t = term.nextSetBit(t + 1)) {
            for (int owner : sentence.children(t, relations)) {
                if (!term.get(owner)) {
                    continue;
                }
                Optional<String> actor = actorOf(sentence, owner);
                if (actor.isPresent() && sentence.mentionAt(owner).map(m -> m.type() != ActorType.ORGANIZATION).orElse(true)) {
                    return actor.get();
                }
            }
        }
        return null;
    }

    private static boolean isAgentSide(ParsedSentence sentence, Draft draft, String key) {
        for (String agent : draft.agents) {
            if (agent.equals(key) || sentence.linked.stateOf(agent).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> actorOf(ParsedSentence sentence, int head) {
        Optional<Mention> mention = sentence.mentionOfPhrase(head);
        if (mention.isEmpty() || !mention.get().type().isActor()) {
            return Optional.empty();
        }
        return Optional.of(sentence.linked.stateOf(mention.get().key()));
    }

    private static String firstOrganisation(ParsedSentence sentence, BitSet term) {
        for (Mention mention : sentence.mentionsIn(term)) {
            if (mention.type() == ActorType.ORGANIZATION) {
                return mention.key();
            }
        }
        return null;
    }

    /** The tokens of a region (all of the sentence when {@code region} is null) as cue patterns see them. */
    static List<TermToken> termTokens(ParsedSentence sentence, BitSet region) {
        List<TermToken> tokens = new ArrayList<>();
        for (int t = 0; t < sentence.size(); t++) {
            if (region != null && !region.get(t)) {
                continue;
            }
            Optional<Mention> mention = sentence.mentionAt(t);
            tokens.add(new TermToken(t, sentence.lower(t), sentence.lemma(t),
                    mention.map(Mention::key).orElse(null), mention.map(Mention::type).orElse(null)));
        }
        return tokens;
    }
}
