package org.diplograph.extract;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.diplograph.WordClasses;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.ingest.Article;
import org.diplograph.link.ActorType;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.Linker;
import org.diplograph.link.Mention;
import org.diplograph.link.RepresentedSides;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Nlp;

/**
 * Finds diplomatic speech acts, their conditions and the security guarantees they
 * propose, from the dependency parses of an article, driven by the {@link Lexicon}.
 * Immutable and thread-safe; build one with {@link #create()}.
 */
public final class Extractor {

    private static final Set<String> ANONYMOUS_HEADS = WordClasses.bundled().get("&ANONYMOUS_SOURCE");
    private static final Set<String> GUARANTEE_NOUNS = WordClasses.bundled().get("&GUARANTEE");
    private static final Set<String> GUARANTOR = WordClasses.bundled().get("&GUARANTOR");
    private static final Set<String> PRECONDITION = WordClasses.bundled().get("&PRECONDITION");
    /** "had to respect": a verb of necessity as the auxiliary of an infinitive lays an obligation, as "must" does. */
    private static final Set<String> NECESSITY = WordClasses.bundled().get("&NECESSITY");
    private static final Set<String> DISCLOSE = WordClasses.bundled().get("&DISCLOSE");
    static final Set<String> DOCUMENT_NOUNS = WordClasses.bundled().get("&DOCUMENT");
    private static final Set<String> ISSUED_TEXTS = WordClasses.bundled().get("&ISSUED_TEXT");
    private static final Set<String> ISSUING = WordClasses.bundled().get("&ISSUE");
    private static final Set<String> SENDING = WordClasses.bundled().get("&SEND");
    /** How many tokens after a verb of issuing the text it issues may stand ("adopted on Monday a resolution"). */
    private static final int ISSUE_REACH = 6;
    private static final Set<String> ACCLAIM = WordClasses.bundled().get("&ACCLAIM");
    private static final Set<String> HEDGES = WordClasses.bundled().get("&HEDGE");
    private static final Set<String> FORECASTS = WordClasses.bundled().get("&FORECAST");
    private static final Set<String> DENIALS = WordClasses.bundled().get("&DENY");
    private static final Set<String> WITNESSES = WordClasses.bundled().get("&WITNESS");
    private static final Set<String> CONTRASTING_MARKS = Set.of("while", "whereas", "although", "though", "but",
            "because", "after", "since");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "of", "about", "over", "at", "in");
    private static final Set<String> HOLDING_MARKS = Set.of("until", "unless", "before");
    private static final Set<String> CONDITION_MARKS = Set.of("if", "unless", "once", "provided", "providing");
    /** Participles that make a side the broker of a deal, not one of its sides. */
    private static final Set<String> BROKERING = WordClasses.bundled().get("&MEDIATED");
    private static final Set<String> PAIR_MEMBERS = WordClasses.bundled().get("&PAIR_MEMBER");
    private static final Set<String> PAIR = WordClasses.bundled().get("&PAIR");

    /** What a document does with its terms: "the text provides for", "the deal does not include". */
    private static final Set<String> PROVIDING = WordClasses.bundled().get("&STIPULATE");

    /** Nouns for a side's own government or forces: "Mali's government", "the Chadian army". */
    private static final Set<String> PARTY_HEADS = WordClasses.bundled().get("&PARTY_HEAD");
    private static final Set<String> GROUP_HEADS = WordClasses.bundled().get("&GUARANTOR_GROUP");
    private static final Set<String> MEMBER = WordClasses.bundled().get("&MEMBER");
    private static final Set<String> INCLUDE = WordClasses.bundled().get("&INCLUDE");
    private static final Set<String> RECIPROCITY = WordClasses.bundled().get("&RECIPROCITY");
    private static final Set<String> CONDITION = WordClasses.bundled().get("&CONDITION");
    private static final Set<String> UNACCEPTABLE = WordClasses.bundled().get("&UNACCEPTABLE");
    private static final Set<String> CHARACTERISE = WordClasses.bundled().get("&CHARACTERISE");
    /** How many nouns up a verdict set after a long object may climb to reach it. */
    private static final int JUDGED_REACH = 4;
    private static final Set<String> INTENDING = WordClasses.bundled().get("&INTENDING");
    private static final Set<String> BINDING_MODALS = WordClasses.bundled().get("&BINDING_MODAL");

    private final Lexicon lexicon;
    private final Linker linker;
    private final Decisions decisions;
    private final ClauseRules clauseRules = ClauseRules.bundled();
    private final GuaranteeRules guaranteeRules = GuaranteeRules.bundled();
    /** The prefix of every feature of a candidate a clause rule proposed. */
    private static final String CLAUSE_FEATURE = "clause|";

    private Extractor(Lexicon lexicon, Linker linker, Decisions decisions) {
        this.lexicon = lexicon;
        this.linker = linker;
        this.decisions = decisions;
    }

    /** An extractor over the bundled lexicon, gazetteer and models. */
    public static Extractor create() {
        return over(Decisions.bundled());
    }

    /** An extractor over the bundled lexicon and gazetteer whose candidates the given models decide. */
    public static Extractor over(Decisions decisions) {
        if (decisions == null) {
            throw new IllegalArgumentException("decisions must not be null; use Decisions.rulesOnly() for the rules alone");
        }
        return new Extractor(Lexicon.bundled().withLearned(decisions.triggers()), Linker.over(Gazetteer.bundled()), decisions);
    }

    /** Annotates and extracts one article. */
    public Extraction extract(Article article) {
        return extract(Nlp.annotate(article));
    }

    /** Extracts the statements of an annotated article: its candidates, decided by this extractor's models. */
    public Extraction extract(AnnotatedArticle annotated) {
        return candidates(annotated).decide(decisions);
    }

    /**
     * The article with each person whose side it does not say given the side the model finds
     * likeliest, where it finds it likely enough.
     */
    private LinkedArticle represented(LinkedArticle linked) {
        Optional<LinearModel> model = decisions.representedSidesModel();
        if (model.isEmpty()) {
            return linked;
        }
        Map<String, RepresentedSides.Chosen> chosen = new LinkedHashMap<>();
        for (RepresentedSides.Choice choice : RepresentedSides.of(linked)) {
            double p = model.get().probabilities(choice.features()).getOrDefault(RepresentedSides.YES, 0.0);
            RepresentedSides.Chosen best = chosen.get(choice.person());
            if (p >= decisions.minRepresentedConfidence() && (best == null || p > best.confidence())) {
                chosen.put(choice.person(), new RepresentedSides.Chosen(choice.side(), p));
            }
        }
        return linked.withRepresented(chosen);
    }

    /** The candidate acts the rules find in an annotated article, before any model decides on them. */
    public Candidates candidates(AnnotatedArticle annotated) {
        return candidates(linker.link(annotated));
    }

    /**
     * The candidate acts the rules find in an article already linked over the bundled gazetteer,
     * as {@link #candidates(AnnotatedArticle)} would link it: training reads each article's
     * candidates under several decisions, and links it once for all of them.
     */
    public Candidates candidates(LinkedArticle linkedArticle) {
        LinkedArticle linked = represented(linkedArticle);
        AnnotatedArticle annotated = linked.annotated();
        List<Draft> drafts = new ArrayList<>();
        List<GuaranteeCandidates.Pair> pairs = new ArrayList<>();
        List<CoreSentence> sentences = annotated.document().sentences();
        boolean spellingOut = false;
        boolean agreementBefore = false;
        List<String> lastAgents = List.of();
        List<String> lastIssuers = List.of();
        String beneficiary = null;
        BitSet listItems = ListItems.of(sentences.stream().map(CoreSentence::tokens).toList());
        for (int s = 0; s < sentences.size(); s++) {
            ParsedSentence sentence = new ParsedSentence(s, sentences.get(s), linked);
            boolean listItem = listItems.get(s);
            SentenceReader reader = new SentenceReader(sentence, annotated.article(), spellingOut || listItem, listItem, agreementBefore,
                    lastAgents, lastIssuers);
            List<Draft> all = reader.read();
            List<String> issuers = reader.issuers(sentence.size());
            if (!issuers.isEmpty()) {
                lastIssuers = issuers;
            }
            drafts.addAll(all);
            for (Draft draft : all) {
                if (!draft.agents.isEmpty()) {
                    lastAgents = List.copyOf(draft.agents);
                }
            }
            if (decisions.wantsGuaranteePairs()) {
                GuaranteeCandidates.Found found = GuaranteeCandidates.of(sentence, lexicon, guaranteeRules, all, beneficiary,
                        decisions.isTraining());
                pairs.addAll(found.pairs());
                beneficiary = found.beneficiary();
            }
            List<Draft> read = all.stream().filter(d -> !d.gated).toList();
            spellingOut = read.size() == 1 && read.get(0).content || read.stream().anyMatch(Extractor::concludesAgreement);
            agreementBefore |= read.stream().anyMatch(d -> d.aboutDocument
                    && (d.kind == StatementKind.ACCEPTANCE || d.kind == StatementKind.PROPOSAL));
        }
        return new Candidates(annotated.article(), linked, drafts, pairs, lexicon);
    }

    /**
     * "The parties agreed to a truce.": an agreement reached, whose terms the next sentence may
     * spell out ("Both sides will halt ...").
     */
    private static boolean concludesAgreement(Draft draft) {
        return draft.kind == StatementKind.ACCEPTANCE && draft.aboutDocument && !draft.negated;
    }

    /** Reads the statements of one sentence. */
    private final class SentenceReader {
        private final ParsedSentence sentence;
        private final Article article;
        private final List<Frame> frames = new ArrayList<>();
        private final BitSet claimed = new BitSet();
        private List<TermToken> allTokens;
        /** The words and lemmas of {@link #allTokens}, made on first use. */
        private Set<String> allVocabulary;

        /** The sentence before spelled out terms of a document, so this one may go on doing so. */
        private final boolean spellingOut;

        /** This sentence is an item of a list opened before it ({@link ListItems}): a term, whatever its verb. */
        private final boolean listItem;

        /** An agreement or plan was reported before this sentence, whose terms this one may be. */
        private final boolean agreementBefore;

        /** The agents of the last act read before this sentence, empty where none was. */
        private final List<String> lastAgents;

        /** The sides named last before this sentence as issuing a text ("the Council adopted a resolution"). */
        private final List<String> lastIssuers;

        SentenceReader(ParsedSentence sentence, Article article, boolean spellingOut, boolean listItem, boolean agreementBefore,
                       List<String> lastAgents, List<String> lastIssuers) {
            this.sentence = sentence;
            this.article = article;
            this.spellingOut = spellingOut;
            this.listItem = listItem;
            this.agreementBefore = agreementBefore;
            this.lastAgents = lastAgents;
            this.lastIssuers = lastIssuers;
        }

        /**
         * The sides this sentence names as issuing a text before token {@code limit}, the last one
         * it names: the owner named right before a text ("a Security Council resolution"), the
         * actor named last before a verb of issuing that a text follows ("the General Assembly
         * passed a resolution"), or the one after "by" where the text comes first ("a resolution
         * drafted by the United States"). Read from tokens alone, so that a sentence the cascade
         * leaves unparsed tells the same.
         */
        List<String> issuers(int limit) {
            List<String> found = List.of();
            for (int t = 0; t < Math.min(limit, sentence.size()); t++) {
                Optional<String> owner = ownerOfText(t);
                if (owner.isPresent()) {
                    found = List.of(owner.get());
                }
                if (!ISSUING.contains(sentence.lemma(t)) || !sentence.tag(t).startsWith("VB")) {
                    continue;
                }
                boolean textAfter = false;
                for (int u = t + 1; u < Math.min(sentence.size(), t + ISSUE_REACH + 1) && !textAfter; u++) {
                    textAfter = ISSUED_TEXTS.contains(sentence.lemma(u)) && sentence.tag(u).startsWith("NN");
                }
                boolean textBefore = t > 0 && ISSUED_TEXTS.contains(sentence.lemma(t - 1)) && sentence.tag(t).equals("VBN")
                        && t + 1 < sentence.size() && sentence.lower(t + 1).equals("by");
                if (textAfter) {
                    Optional<String> before = actorNamedBefore(t);
                    if (before.isPresent()) {
                        found = List.of(before.get());
                    }
                } else if (textBefore) {
                    Optional<String> after = sentence.mentionAt(t + 2).filter(m -> m.type().isActor()).map(Mention::key);
                    if (after.isPresent()) {
                        found = List.of(after.get());
                    }
                }
            }
            return found;
        }

        /**
         * The actor whose name ends right before a text at token {@code t}, or before its "'s": the
         * text's owner, and so its issuer ("a Security Council resolution", "the bloc's statement",
         * "a Russian draft").
         */
        private Optional<String> ownerOfText(int t) {
            if (t == 0 || !ISSUED_TEXTS.contains(sentence.lemma(t)) || !sentence.tag(t).startsWith("NN")) {
                return Optional.empty();
            }
            int end = sentence.lower(t - 1).equals("'s") ? t - 1 : t;
            return sentence.mentions().stream().filter(m -> m.type().isActor() && m.end() == end).map(Mention::key).findFirst();
        }

        /**
         * The text an act's verb speaks through: its subject ("the resolution calls for"), or the
         * noun of the relative clause it heads ("a resolution that demands"); -1 where none.
         */
        private int issuedTextSubject(int verb) {
            for (int subject : sentence.children(verb, "nsubj")) {
                if (ISSUED_TEXTS.contains(sentence.lemma(subject))) {
                    return subject;
                }
            }
            for (int noun : sentence.parents(verb, "acl:relcl")) {
                if (ISSUED_TEXTS.contains(sentence.lemma(noun))) {
                    return noun;
                }
            }
            return -1;
        }

        /**
         * A reporting frame: who speaks (every side of a coordinated subject: "Britain and France
         * said they ..."), the clause they report, and the tokens of that clause (not to be changed).
         */
        private record Frame(int verb, List<String> speakers, boolean anonymous, int content, BitSet region) {

            /** The speaker named last, where one side is asked for (whose side the content speaks for); null for none. */
            String speaker() {
                return speakers.isEmpty() ? null : speakers.get(speakers.size() - 1);
            }
        }

        List<Draft> read() {
            findFrames();
            List<Draft> drafts = new ArrayList<>();
            List<Draft> gated = new ArrayList<>();
            for (int i = 0; i < sentence.size(); i++) {
                for (Lexicon.Trigger trigger : triggersAt(i)) {
                    if (!posFits(trigger, i) || !particleFits(trigger, i)) {
                        continue;
                    }
                    Draft draft = fromTrigger(trigger, i);
                    if (draft != null) {
                        (draft.gated ? gated : drafts).add(draft);
                        break;
                    }
                }
            }
            for (Frame frame : frames) {
                Draft draft = fromModalContent(frame);
                if (draft != null) {
                    drafts.add(draft);
                }
            }
            proposeClauses(drafts, gated);
            Draft extension = groupExtension();
            if (extension != null) {
                drafts.add(extension);
            }
            if (agreementBefore && !drafts.isEmpty() && namesItsDocument() && drafts.stream().allMatch(d -> d.kind.undertakes())) {
                drafts.clear();
            }
            if (drafts.isEmpty()) {
                Draft content = documentContent();
                if (content != null) {
                    drafts.add(content);
                }
            }
            addressAnsweredTerms(drafts);
            drafts.addAll(gated);
            return drafts;
        }

        /**
         * The clauses the clause rules propose whose head no trigger made a candidate already: held
         * back for the model, which may give them any kind, since a modal tells less of the kind
         * than a speech-act verb does.
         */
        private void proposeClauses(List<Draft> drafts, List<Draft> gated) {
            BitSet triggered = new BitSet();
            Stream.concat(drafts.stream(), gated.stream()).filter(d -> d.trigger >= 0).forEach(d -> triggered.set(d.trigger));
            for (ClauseRules.Match match : clauseRules.matches(sentence.graph)) {
                if (triggered.get(match.act())) {
                    continue;
                }
                Draft draft = fromTrigger(Lexicon.Trigger.of(match.rule()), match.act(), match.rule().agent());
                if (draft != null) {
                    // The model weighs a clause's features apart from a trigger's: "should" in a
                    // bare clause says less than in a speech act, and must not teach it otherwise.
                    draft.features.replaceAll(feature -> CLAUSE_FEATURE + feature);
                    draft.anyKind = true;
                    draft.toldByForm = true;
                    // A clause's negation is what the side says ("Israel will not withdraw" refuses),
                    // not a denial that it said it; the model has read it among the features.
                    draft.negated = false;
                    gated.add(draft);
                }
            }
        }

        /**
         * "Hamas rejected an Israeli plan under which it would ...": a proposal or demand answered in
         * the same sentence by another side is addressed to that side, so terms that name no one
         * fall to it.
         */
        private void addressAnsweredTerms(List<Draft> drafts) {
            for (Draft asked : drafts) {
                if (asked.kind != StatementKind.PROPOSAL && asked.kind != StatementKind.DEMAND) {
                    continue;
                }
                for (Draft answer : drafts) {
                    boolean answers = answer.kind == StatementKind.REJECTION || answer.kind == StatementKind.ACCEPTANCE;
                    if (!answers || answer.agents.size() != 1 || asked.agents.contains(answer.agents.get(0))) {
                        continue;
                    }
                    String side = sentence.linked.stateOf(answer.agents.get(0));
                    List<Draft.DraftCondition> addressed = new ArrayList<>();
                    for (Draft.DraftCondition condition : asked.conditions) {
                        addressed.add(condition.party() != null ? condition
                                : new Draft.DraftCondition(condition.type(), condition.label(), side, condition.object(),
                                        condition.evidence()));
                    }
                    asked.conditions.clear();
                    addressed.forEach(asked::addCondition);
                    break;
                }
            }
        }

        private void findFrames() {
            for (int v = 0; v < sentence.size(); v++) {
                if (!sentence.isVerb(v) || !lexicon.isReportingVerb(sentence.lemma(v))) {
                    continue;
                }
                List<Integer> contents = new ArrayList<>(sentence.children(v, "ccomp", "parataxis"));
                for (int x : sentence.children(v, "xcomp", "obj")) {
                    contents.addAll(sentence.children(x, "ccomp"));
                }
                if (contents.isEmpty()) {
                    contents.addAll(sentence.parents(v, "parataxis"));
                }
                if (contents.isEmpty()) {
                    continue;
                }
                List<String> speakers = new ArrayList<>();
                boolean anonymous = false;
                for (int subject : sentence.children(v, "nsubj")) {
                    Optional<Mention> mention = sentence.mentionOfPhrase(subject);
                    if (mention.isPresent() && mention.get().type().isActor()) {
                        if (!speakers.contains(mention.get().key())) {
                            speakers.add(mention.get().key());
                        }
                    } else if (ANONYMOUS_HEADS.contains(sentence.lemma(subject))) {
                        anonymous = true;
                    }
                }
                for (int content : contents) {
                    frames.add(new Frame(v, List.copyOf(speakers), anonymous, content, sentence.subtree(content)));
                }
            }
        }

        /** The whole sentence as cue patterns see it, made once. */
        private List<TermToken> allTokens() {
            if (allTokens == null) {
                allTokens = Conditions.termTokens(sentence, null);
            }
            return allTokens;
        }

        private Set<String> allVocabulary() {
            if (allVocabulary == null) {
                allVocabulary = CuePattern.vocabulary(allTokens());
            }
            return allVocabulary;
        }

        private Optional<Frame> frameOf(int token) {
            Frame best = null;
            int bestSize = Integer.MAX_VALUE;
            for (Frame frame : frames) {
                BitSet region = frame.region();
                if (region.get(token) && region.cardinality() < bestSize) {
                    best = frame;
                    bestSize = region.cardinality();
                }
            }
            return Optional.ofNullable(best);
        }

        private boolean posFits(Lexicon.Trigger trigger, int i) {
            String tag = sentence.tag(i);
            return switch (trigger.pos()) {
                case "VERB" -> tag.startsWith("VB");
                case "NOUN" -> tag.startsWith("NN");
                case "ADJ" -> tag.startsWith("JJ") || tag.startsWith("VBN");
                case "EXCHANGE" -> tag.startsWith("VB") && (tradesTerms(i) || setsCondition(i));
                default -> false;
            };
        }

        /**
         * The triggers of token i by its lemma, and by its word where an adjective is a participle
         * ("prepared", whose lemma is the verb "prepare").
         */
        private List<Lexicon.Trigger> triggersAt(int i) {
            List<Lexicon.Trigger> found = lexicon.candidateTriggers(sentence.lemma(i));
            if (sentence.lower(i).equals(sentence.lemma(i))) {
                return found;
            }
            List<Lexicon.Trigger> all = new ArrayList<>(found);
            for (Lexicon.Trigger trigger : lexicon.candidateTriggers(sentence.lower(i))) {
                if (trigger.pos().equals("ADJ")) {
                    all.add(trigger);
                }
            }
            return all;
        }

        /**
         * "no solution on signing the text", "talks about accepting the plan": a gerund after a
         * preposition names what is talked about, not an act.
         */
        private boolean isTopic(Lexicon.Trigger trigger, int i) {
            if (!trigger.pos().equals("VERB") || !sentence.tag(i).equals("VBG")) {
                return false;
            }
            return sentence.children(i, "mark", "case").stream().anyMatch(m -> TOPIC_PREPOSITIONS.contains(sentence.lower(m)));
        }

        /**
         * '"Serbia must sign it," Kurti said': an acceptance or offer that a speaker says another
         * side must or should make is the speaker's demand or proposal, which the modal content of
         * the frame makes; the act itself is not the other side's.
         */
        private boolean asksItOfOthers(Lexicon.Trigger trigger, int i, Modality modality, List<String> agents,
                Optional<Frame> frame) {
            if (trigger.kind() != StatementKind.ACCEPTANCE && trigger.kind() != StatementKind.OFFER) {
                return false;
            }
            if (modality != Modality.OBLIGATION && modality != Modality.RECOMMENDATION) {
                return false;
            }
            if (frame.isEmpty() || frame.get().speaker() == null || frame.get().content() != i) {
                return false;
            }
            String side = sentence.linked.stateOf(frame.get().speaker());
            return agents.stream().noneMatch(a -> sentence.linked.stateOf(a).equals(side));
        }

        /**
         * "X could consider Y, provided that Z": a condition follows token i in its sentence (the
         * parser often hangs the condition on the reporting verb rather than on token i).
         */
        private boolean setsCondition(int i) {
            BitSet rest = new BitSet();
            rest.set(i, sentence.size());
            return Conditions.hasExchangeMarker(sentence, rest, lexicon);
        }

        /** "in return for", "in exchange for" in the clause of token i. */
        private boolean tradesTerms(int i) {
            for (int child : sentence.children(i, "obl", "advcl", "nmod")) {
                String lemma = sentence.lemma(child);
                if (RECIPROCITY.contains(lemma) && child > 0 && sentence.lower(child - 1).equals("in")) {
                    return true;
                }
            }
            return false;
        }

        private boolean particleFits(Lexicon.Trigger trigger, int i) {
            if (trigger.particle() == null) {
                return true;
            }
            if (i + 1 < sentence.size() && sentence.lower(i + 1).equals(trigger.particle())) {
                return true;
            }
            for (int child : sentence.children(i, "compound:prt", "obl", "advmod")) {
                if (sentence.lower(child).equals(trigger.particle())) {
                    return true;
                }
            }
            return trigger.pos().equals("NOUN") && !sentence.children(i, "nmod:" + trigger.particle()).isEmpty();
        }

        /**
         * "Asked whether Iraq would strike ...": a question put, not a request made; "would not say
         * whether Biden had approved the sale": an act asked about, not told. The guidelines make a
         * question no act, and the answer that follows is the act, if there is one.
         */
        private boolean putsAQuestion(int i) {
            if (sentence.hasMark(i, "whether")) {
                return true;
            }
            if (!sentence.tag(i).startsWith("VB")) {
                return false;
            }
            return sentence.children(i, "ccomp").stream().anyMatch(clause -> sentence.hasMark(clause, "whether", "if"));
        }

        /**
         * "Stopped short of rejecting", "has yet to accept", "is expected to reject", "denied it had
         * agreed": an act hedged, forecast or denied, which the guidelines make no statement.
         */
        private boolean hedged(int i) {
            if (sentence.children(i, "advmod").stream().anyMatch(m -> HEDGES.contains(sentence.lemma(m)))) {
                return true;
            }
            int governor = sentence.governor(i);
            if (governor < 0) {
                return false;
            }
            String relation = sentence.relationAbove(i);
            String above = sentence.lemma(governor);
            return HEDGES.contains(above) || FORECASTS.contains(above) && relation.startsWith("xcomp")
                    || DENIALS.contains(above) && relation.startsWith("ccomp");
        }

        /**
         * "Signed as witnesses", "initialled the accord as a witness": a side that attests the act of
         * others makes none of its own.
         */
        private boolean asWitness(int i) {
            return sentence.children(i, "obl:as", "nmod:as", "advcl:as").stream().anyMatch(as -> WITNESSES.contains(sentence.lemma(as)));
        }

        /**
         * "Asked about the risk, the minister said ...": a participle that opens the sentence, with no
         * subject of its own, tells what was done to the side the sentence goes on to name, not an
         * act of it.
         */
        private boolean opensAsParticiple(int i) {
            return sentence.tag(i).equals("VBN") && i == firstWord() && sentence.children(i, "nsubj", "nsubj:pass").isEmpty();
        }

        /** The first token of the sentence that is a word, not a quotation mark or a dash. */
        private int firstWord() {
            int t = 0;
            while (t < sentence.size() && !Character.isLetter(sentence.tag(t).charAt(0))) {
                t++;
            }
            return t;
        }

        /** "Declined to comment", "refused to give details": a side that withholds words refuses no term. */
        private boolean withholdsWords(int i) {
            for (int clause : sentence.children(i, "xcomp")) {
                if (DISCLOSE.contains(sentence.lemma(clause))
                        || sentence.children(clause, "obj").stream().anyMatch(object -> DISCLOSE.contains(sentence.lemma(object)))) {
                    return true;
                }
            }
            return false;
        }

        private Draft fromTrigger(Lexicon.Trigger trigger, int i) {
            return fromTrigger(trigger, i, ClauseRules.Agent.SUBJECT);
        }

        private Draft fromTrigger(Lexicon.Trigger trigger, int i, ClauseRules.Agent agent) {
            if (trigger.kind() == StatementKind.REJECTION && trigger.pos().equals("VERB") && withholdsWords(i)) {
                return null;
            }
            if (hedged(i) || asWitness(i)) {
                return null;
            }
            List<String> namedBy = new ArrayList<>();
            int namedByHead = trigger.pos().equals("NOUN") ? nounAgents(i, namedBy) : -1;
            List<String> gates = new ArrayList<>();
            if (trigger.source().equals(LearnedTrigger.SOURCE)) {
                gates.add("learned");
            }
            if (trigger.source().equals(ClauseRules.SOURCE)) {
                gates.add("clause");
            }
            if (claimed.get(i) && namedByHead < 0) {
                gates.add("claimed");
            } else if (trigger.pos().equals("NOUN") && namedByHead < 0) {
                gates.add("unowned");
            }
            boolean reportingUse = lexicon.isReportingVerb(sentence.lemma(i)) && trigger.kind() != StatementKind.DEMAND
                    && trigger.kind() != StatementKind.REJECTION;
            if (reportingUse) {
                gates.add("reporting");
            }
            if (insideCondition(i)) {
                gates.add("insideCondition");
            }
            if (isTopic(trigger, i)) {
                gates.add("topic");
            }
            if (trigger.kind() == StatementKind.ACCEPTANCE && trigger.pos().equals("VERB") && backsAParty(i)) {
                gates.add("backsParty");
            }
            if (putsAQuestion(i)) {
                gates.add("question");
            }
            if (trigger.pos().equals("VERB") && opensAsParticiple(i)) {
                gates.add("participle");
            }
            List<String> agents = new ArrayList<>();
            int agentHead = -1;
            BitSet region = new BitSet();
            Optional<Frame> frame = frameOf(i);
            boolean spoken = frame.isPresent() && frame.get().speaker() != null;
            switch (trigger.pos()) {
                case "VERB", "EXCHANGE" -> {
                    // a clause that asks something of its subject is left to the speaker who frames it (below)
                    if (agent != ClauseRules.Agent.SPEAKER || !spoken) {
                        agentHead = verbAgents(i, agents);
                    }
                    if (trigger.kind() == StatementKind.ACCEPTANCE && agentHead >= 0 && !isNegated(i) && !hasNever(i)) {
                        List<Integer> partners = new ArrayList<>(sentence.children(i, "obl:with"));
                        for (int deal : sentence.children(i, "obj")) {
                            partners.addAll(sentence.children(deal, "nmod:with"));
                        }
                        for (int partner : partners) {
                            collectActors(partner, agents);
                        }
                    }
                    region.or(sentence.subtree(i));
                    boolean passive = !sentence.children(i, "aux:pass").isEmpty() || sentence.tag(i).equals("VBN");
                    for (int subject : sentence.children(i, "nsubj", "obl:agent", "obl:by")) {
                        String relation = sentence.relationTo(i, subject).orElse("");
                        boolean content = relation.startsWith("nsubj:pass") || relation.equals("obl:by") && !passive;
                        if (content) {
                            region.or(sentence.subtree(subject));
                        } else {
                            region.andNot(sentence.subtree(subject));
                        }
                    }
                    region.set(i);
                    dropClausesOfTheirOwn(i, region);
                    extendOverBrokenCoordination(i, region);
                }
                case "NOUN" -> {
                    agents.addAll(namedBy);
                    agentHead = namedByHead;
                    region.or(sentence.subtree(i));
                    for (int governor : sentence.parents(i, "obj")) {
                        for (int x : sentence.children(governor, "obl", "xcomp", "ccomp", "advcl")) {
                            region.or(sentence.subtree(x));
                        }
                        dropClausesOfTheirOwn(governor, region);
                    }
                    if (agentHead >= 0) {
                        region.andNot(sentence.subtree(agentHead));
                    }
                    for (int answer : sentence.children(i, "acl")) {
                        if (answers(answer)) {
                            region.andNot(sentence.subtree(answer));
                        }
                    }
                    for (int relative : sentence.children(i, "acl:relcl")) {
                        if (isActOfItsOwn(relative)) {
                            region.andNot(sentence.subtree(relative));
                        }
                    }
                }
                default -> {
                    agentHead = adjectiveAgents(i, agents);
                    region.or(clauseOf(i));
                }
            }
            boolean claims = !trigger.pos().equals("ADJ") || sentence.parents(i, "amod").isEmpty();
            if (agents.isEmpty() && spoken) {
                agents.addAll(frame.get().speakers());
            }
            Modality modality = modality(i);
            boolean textSpeaks = issuedTextSubject(i) >= 0;
            if (agents.isEmpty() && textSpeaks) {
                // "The resolution calls for ...": a text speaks for the side that issued it
                List<String> here = issuers(i);
                agents.addAll(here.isEmpty() ? lastIssuers : here);
            }
            if (agents.isEmpty()) {
                // "It also calls on Hamas to ...": an act whose sentence names its agent nowhere before
                // it goes on from the act read last; an actor named after it is whom it addresses. So
                // does a text whose issuer goes unnamed ("The text, adopted at a meeting a minister
                // attended, calls for ..."), not for whoever its description names; a text called
                // "unjust" speaks for no one
                Optional<String> namedBefore = actorNamedBefore(i);
                boolean goesOn = namedBefore.isEmpty() || textSpeaks && !trigger.pos().equals("ADJ");
                if (goesOn && !lastAgents.isEmpty()) {
                    agents.addAll(lastAgents);
                    gates.add("previousAgent");
                } else {
                    namedBefore.or(() -> actorNamedAfter(i)).ifPresent(agents::add);
                    gates.add("nearestAgent");
                }
            }
            if (agents.isEmpty()) {
                return null;
            }
            if (asksItOfOthers(trigger, i, modality, agents, frame)) {
                gates.add("askedOfOthers");
            }
            if (ACCLAIM.contains(sentence.lemma(i)) && !amongPrincipalSides(agents)) {
                gates.add("thirdParty");
            }
            boolean conditionalTalks = trigger.pos().equals("EXCHANGE") && !tradesTerms(i);
            if (conditionalTalks && frame.isPresent() && !lexicon.triggers(sentence.lemma(frame.get().verb())).isEmpty()) {
                gates.add("talksInFrame");
            }
            if (conditionalTalks) {
                region.set(i, sentence.size());
            }
            Draft draft = new Draft();
            draft.kind = conditionalTalks ? StatementKind.OFFER : trigger.kind();
            draft.cameoCode = conditionalTalks ? StatementKind.OFFER.defaultCameoCode() : trigger.cameoCode();
            draft.agents.addAll(agents);
            draft.negated = isNegated(i);
            draft.modality = modality;
            if (trigger.pos().equals("NOUN") && trigger.kind() == StatementKind.OFFER) {
                // "made a commitment to free ...": the light verb carries the noun's complement
                boolean lightVerb = sentence.parents(i, "obj").stream().anyMatch(v -> !sentence.children(v, "xcomp").isEmpty());
                if (sentence.children(i, "acl", "nmod:to", "nmod:of", "xcomp").isEmpty() && !lightVerb) {
                    gates.add("bareCommitment");
                }
                boolean withheld = sentence.children(i, "det").stream().anyMatch(d -> sentence.lower(d).equals("no"));
                if (withheld) {
                    draft.kind = StatementKind.REJECTION;
                    draft.cameoCode = StatementKind.REJECTION.defaultCameoCode();
                }
            }
            if (draft.negated && draft.kind == StatementKind.ACCEPTANCE && hasNever(i)) {
                draft.kind = StatementKind.REJECTION;
                draft.cameoCode = StatementKind.REJECTION.defaultCameoCode();
                draft.negated = false;
            }
            draft.confidence = agentHead >= 0 ? 0.85 : 0.7;
            draft.aboutDocument = namesDocument(region)
                    || sentence.parents(i, "acl").stream().anyMatch(n -> DOCUMENT_NOUNS.contains(sentence.lemma(n)));
            draft.documentTrigger = trigger.pos().equals("NOUN") && DOCUMENT_NOUNS.contains(sentence.lemma(i));
            fill(draft, i, region, frame, agentHead);
            describe(draft, i, trigger.ruleId(), trigger.kind(), frame);
            if (decisions.wantsTerms()) {
                draft.terms.addAll(TermCandidates.of(sentence, region, i, draft, lexicon, defaultParty(region, draft)));
            }
            gates.forEach(gate -> draft.features.add("gate=" + gate));
            draft.gated = !gates.isEmpty();
            if (claims && !draft.gated) {
                claimed.or(region);
            }
            return draft;
        }

        /** The actor named last before token i in its sentence. */
        private Optional<String> actorNamedBefore(int i) {
            String found = null;
            for (Mention mention : sentence.mentions()) {
                if (mention.type().isActor() && mention.end() <= i) {
                    found = mention.key();
                }
            }
            return Optional.ofNullable(found);
        }

        /** The actor named first at token i or after it in its sentence. */
        private Optional<String> actorNamedAfter(int i) {
            return sentence.mentions().stream().filter(m -> m.type().isActor() && m.end() > i).map(Mention::key).findFirst();
        }

        /**
         * What the statement model reads of a candidate act: its rule, the trigger's word, tag
         * and syntax (governor, dependents), its neighbours, the reporting frame around it, and
         * what the rules made of it (negation, modality, attribution, terms, guarantees). Negation
         * is read with the trigger's word too: a denied act differs by word ("did not rule out"
         * is no rejection, "would not accept" is one) more than by the rule's kind.
         */
        private void describe(Draft draft, int head, String rule, StatementKind ruleKind, Optional<Frame> frame) {
            draft.trigger = head;
            draft.rule = rule;
            List<String> f = draft.features;
            f.add("rule=" + rule);
            f.add("ruleKind=" + ruleKind.localName());
            f.add("lemma=" + sentence.lemma(head));
            f.add("tag=" + sentence.tag(head));
            f.add("rule+tag=" + rule + "+" + sentence.tag(head));
            f.add("negated=" + draft.negated);
            f.add("modality=" + draft.modality);
            f.add("ruleKind+modality=" + ruleKind.localName() + "+" + draft.modality);
            f.add("ruleKind+negated=" + ruleKind.localName() + "+" + draft.negated);
            f.add("lemma+negated=" + sentence.lemma(head) + "+" + draft.negated);
            f.add("attribution=" + draft.attribution);
            f.add("agents=" + Math.min(draft.agents.size(), 2));
            f.add("agentType=" + (draft.agents.isEmpty() ? "none" : sentence.linked.entity(draft.agents.get(0)).type()));
            f.add("frame=" + frame.map(fr -> sentence.lemma(fr.verb())).orElse("none"));
            f.add("terms=" + Math.min(draft.conditions.size(), 3));
            f.add("guarantee=" + !draft.guarantees.isEmpty());
            f.add("document=" + draft.aboutDocument);
            f.add("quoted=" + sentence.isQuoted(head));
            f.add("lead=" + (sentence.index == 0));
            boolean precondition = setsPrecondition(head);
            f.add("precondition=" + precondition);
            f.add("ruleKind+precondition=" + ruleKind.localName() + "+" + precondition);
            int governor = sentence.governor(head);
            String relation = sentence.relationAbove(head);
            String governorLemma = governor < 0 ? "ROOT" : sentence.lemma(governor);
            f.add("rel=" + relation);
            f.add("gov=" + governorLemma);
            f.add("rel+gov=" + relation + "+" + governorLemma);
            if (governor >= 0) {
                for (Map.Entry<String, Integer> sibling : sentence.dependents(governor)) {
                    if (sibling.getValue() != head && (sibling.getKey().startsWith("aux") || sibling.getKey().equals("advmod"))) {
                        f.add("govChild=" + sentence.lemma(sibling.getValue()));
                    }
                }
            }
            for (Map.Entry<String, Integer> child : sentence.dependents(head)) {
                String childRelation = child.getKey();
                f.add("has=" + childRelation);
                f.add("child=" + childRelation + "+" + sentence.lemma(child.getValue()));
            }
            for (int d = -3; d <= 3; d++) {
                int t = head + d;
                if (d != 0 && t >= 0 && t < sentence.size()) {
                    f.add((d < 0 ? "before=" : "after=") + sentence.lemma(t));
                }
            }
            if (head > 0) {
                f.add("w-1=" + sentence.lemma(head - 1));
            }
            if (head + 1 < sentence.size()) {
                f.add("w+1=" + sentence.lemma(head + 1));
            }
        }

        /**
         * Whether a word of a precondition follows the trigger ("must first leave", "will not
         * sign until", "in exchange for"): the guidelines make an appeal a demand when the text
         * makes its term a precondition.
         */
        private boolean setsPrecondition(int head) {
            for (int t = head + 1; t < sentence.size(); t++) {
                if (PRECONDITION.contains(sentence.lemma(t))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether one of the agents, or the state a person among them speaks for, is one of the two
         * sides the article names most, the parties of what it reports (true where it names fewer):
         * a third side's welcome of a deal is no act of its own.
         */
        private boolean amongPrincipalSides(List<String> agents) {
            List<String> pair = sentence.linked.principalPair();
            return pair.isEmpty() || agents.stream().map(sentence.linked::stateOf).anyMatch(pair::contains);
        }

        /**
         * "the alliance, which backs the Malian government": support given to a party, not to a
         * proposal or deal, is an alliance and no acceptance.
         */
        private boolean backsAParty(int verb) {
            for (int object : sentence.children(verb, "obj")) {
                boolean actor = sentence.mentionAt(object).map(m -> m.type().isActor()).orElse(false);
                boolean body = PARTY_HEADS.contains(sentence.lemma(object)) && sentence.mentionOfPhrase(object).isPresent();
                if (actor || body) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "a plan in which the rebels' chief offered to ...": a relative clause with a
         * subject of its own whose verb, or a verb joined to it, is itself a speech act reports
         * another act, read by that verb's trigger, and is no part of the noun's terms ("a plan
         * under which X would withdraw" reports none and stays).
         */
        private boolean isActOfItsOwn(int relative) {
            boolean ownSubject = sentence.children(relative, "nsubj", "nsubj:pass").stream()
                    .anyMatch(subject -> !sentence.tag(subject).startsWith("W") && !sentence.tag(subject).equals("IN"));
            if (!ownSubject) {
                return false;
            }
            List<Integer> verbs = new ArrayList<>(List.of(relative));
            verbs.addAll(sentence.children(relative, "conj"));
            for (int verb : verbs) {
                boolean act = lexicon.triggers(sentence.lemma(verb)).stream().anyMatch(t -> t.pos().equals("VERB"));
                if (act && sentence.isVerb(verb)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "X rejected A, while Y offered B": a clause with a subject of its own, joined to the
         * trigger's clause without being its content, is another act and not part of this one; so
         * is a joined clause of another speech act ("insisted that ..., and ruled out X").
         */
        private void dropClausesOfTheirOwn(int trigger, BitSet region) {
            List<Integer> clauses = new ArrayList<>(sentence.children(trigger, "conj", "parataxis"));
            for (int adverbial : sentence.children(trigger, "advcl")) {
                for (int mark : sentence.children(adverbial, "mark")) {
                    String word = sentence.lower(mark);
                    if (CONTRASTING_MARKS.contains(word) || sentence.isTemporalAs(mark)) {
                        clauses.add(adverbial);
                    }
                }
            }
            for (int clause : clauses) {
                boolean anotherAct = sentence.isVerb(clause) && sentence.relationTo(trigger, clause).map(r -> r.startsWith("conj")).orElse(false)
                        && lexicon.triggers(sentence.lemma(clause)).stream().anyMatch(t -> t.pos().equals("VERB"));
                if (anotherAct || !sentence.children(clause, "nsubj", "nsubj:pass").isEmpty()) {
                    region.andNot(sentence.subtree(clause));
                }
            }
        }

        /**
         * A clause of coordinated terms is often parsed with its later conjuncts attached
         * above the trigger; the terms then run on in the text after the region. Take them
         * up to the end of the sentence, short of a trailing attribution (", sources said").
         */
        private void extendOverBrokenCoordination(int trigger, BitSet region) {
            if (sentence.children(trigger, "ccomp").isEmpty()) {
                return;
            }
            int last = region.length() - 1;
            int end = sentence.size();
            for (int t = last + 1; t < sentence.size(); t++) {
                if (sentence.isVerb(t) && lexicon.isReportingVerb(sentence.lemma(t)) || sentence.lower(t).equals("according")) {
                    end = t;
                    break;
                }
            }
            if (end < sentence.size()) {
                int comma = end - 1;
                while (comma > last && !sentence.word(comma).equals(",")) {
                    comma--;
                }
                end = comma;
            }
            boolean continues = last + 1 < end && (sentence.word(last + 1).equals(",") || sentence.tag(last + 1).equals("CC"));
            if (!continues) {
                return;
            }
            for (int t = last + 1; t < end; t++) {
                region.set(t);
            }
        }

        private boolean namesDocument(BitSet region) {
            for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
                if (DOCUMENT_NOUNS.contains(sentence.lemma(t))) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasNever(int i) {
            for (int child : sentence.children(i, "advmod", "neg")) {
                if (sentence.lower(child).equals("never")) {
                    return true;
                }
            }
            return false;
        }

        private int verbAgents(int i, List<String> agents) {
            List<Integer> subjects = sentence.children(i, "nsubj");
            boolean passive = !sentence.children(i, "nsubj:pass", "aux:pass").isEmpty()
                    || subjects.isEmpty() && !sentence.parents(i, "acl").isEmpty() && sentence.tag(i).equals("VBN");
            if (subjects.isEmpty() && !passive && sentence.tag(i).equals("VBG")) {
                for (int text : sentence.parents(i, "acl")) {
                    int author = ISSUED_TEXTS.contains(sentence.lemma(text)) ? authorsOfText(text, agents) : -1;
                    if (author >= 0) {
                        return author;
                    }
                }
            }
            if (subjects.isEmpty() && !passive) {
                List<Integer> governors = sentence.tag(i).equals("VBG") ? sentence.parents(i, "advcl", "conj", "dep")
                        : sentence.parents(i, "conj");
                for (int governor : governors) {
                    return verbAgents(governor, agents);
                }
                if (sentence.tag(i).equals("VBD") || sentence.tag(i).equals("VBZ") || sentence.tag(i).equals("VBP")) {
                    subjects = namesJustBefore(i);
                }
            }
            if (passive) {
                subjects = sentence.children(i, "obl:agent", "obl:by", "nmod:agent");
            }
            int head = -1;
            for (int subject : subjects) {
                if (sentence.relationTo(i, subject).map(r -> r.startsWith("nsubj:pass")).orElse(false)) {
                    continue;
                }
                int before = agents.size();
                collectActors(subject, agents);
                if (agents.size() > before && head < 0) {
                    head = subject;
                }
            }
            return head;
        }

        /**
         * The authors of a text an act's participle tells of ("a letter from Abiy rejecting ...",
         * "Berg sent Hassan a letter pledging ...", "the two leaders signed a declaration
         * committing ..."): its owner or sender named on the noun, else the subject of the verb
         * that hands it over; -1 where neither names one. A text someone only received or
         * rejected ("rejected a letter urging ...") is not theirs.
         */
        private int authorsOfText(int text, List<String> agents) {
            int owner = ownerAgents(text, agents);
            if (owner >= 0) {
                return owner;
            }
            for (int verb : sentence.parents(text, "obj")) {
                if (SENDING.contains(sentence.lemma(verb))) {
                    return verbAgents(verb, agents);
                }
            }
            return -1;
        }

        /**
         * "... after A, B and C pledged to ...", parsed with "after" as a preposition and the verb
         * left without a subject: a finite verb with none takes the actors named just before it
         * (the head of their coordination), as English puts a subject there.
         */
        private List<Integer> namesJustBefore(int verb) {
            if (verb == 0) {
                return List.of();
            }
            Optional<Mention> before = sentence.mentionAt(verb - 1);
            if (before.isEmpty() || !before.get().type().isActor() || isEdgePunctuation(verb - 1)) {
                return List.of();
            }
            int head = verb - 1;
            for (int guard = 0; guard < 5; guard++) {
                List<Integer> coordinator = sentence.parents(head, "conj");
                if (coordinator.isEmpty()) {
                    break;
                }
                head = coordinator.get(0);
            }
            return List.of(head);
        }

        /**
         * The actors a noun names as its owner or source ("Moscow's plan", "a U.S. proposal", "a
         * letter from Abiy"): the dependent that names them, -1 where none does.
         */
        private int ownerAgents(int noun, List<String> agents) {
            for (int owner : sentence.children(noun, "nmod:poss", "amod", "compound", "nmod:by", "nmod:from")) {
                collectActors(owner, agents);
                if (!agents.isEmpty()) {
                    return owner;
                }
            }
            return -1;
        }

        private int nounAgents(int i, List<String> agents) {
            int owner = ownerAgents(i, agents);
            if (owner >= 0) {
                return owner;
            }
            for (int acl : sentence.children(i, "acl")) {
                if (answers(acl)) {
                    continue;
                }
                for (int by : sentence.children(acl, "obl:by", "obl:agent")) {
                    collectActors(by, agents);
                    if (!agents.isEmpty()) {
                        return by;
                    }
                }
            }
            for (int governor : sentence.parents(i, "obj")) {
                if (answers(governor)) {
                    continue;
                }
                int subject = verbAgents(governor, agents);
                if (!agents.isEmpty()) {
                    return subject;
                }
            }
            return -1;
        }

        /** "X rejected calls for Y": the side that answers a proposal is not the side that made it. */
        private boolean answers(int verb) {
            return lexicon.triggers(sentence.lemma(verb)).stream().anyMatch(t -> t.pos().equals("VERB")
                    && (t.kind() == StatementKind.REJECTION || t.kind() == StatementKind.ACCEPTANCE));
        }

        private int adjectiveAgents(int i, List<String> agents) {
            for (int forWhom : sentence.children(i, "obl:for", "nmod:for", "obl:to")) {
                collectActors(forWhom, agents);
                if (!agents.isEmpty()) {
                    return forWhom;
                }
            }
            if (UNACCEPTABLE.contains(sentence.lemma(i))) {
                int judging = judgingVerb(i);
                return judging >= 0 ? verbAgents(judging, agents) : -1;
            }
            int head = verbAgents(i, agents);
            if (agents.isEmpty()) {
                for (int subject : sentence.children(i, "nsubj:pass")) {
                    collectActors(subject, agents);
                    if (!agents.isEmpty()) {
                        return subject;
                    }
                }
            }
            return head;
        }

        /**
         * The verb that passes a verdict ("Moscow called the plan absurd"), whose subject judges,
         * where the parser reads the verdict as its complement or as an adjective set after the
         * noun it judges ("the plan absurd"); -1 where there is none.
         */
        private int judgingVerb(int adjective) {
            int governor = sentence.governor(adjective);
            if (governor < 0) {
                return -1;
            }
            String relation = sentence.relationAbove(adjective);
            if (relation.startsWith("xcomp") && CHARACTERISE.contains(sentence.lemma(governor))) {
                return governor;
            }
            if (!relation.equals("amod") && !relation.startsWith("nmod")) {
                return -1;
            }
            // the parser may hang the verdict on the last noun of a long object ("called the plan
            // for a corridor to the enclave absurd"): climb through the nouns to the object
            for (int noun = governor, step = 0; noun >= 0 && noun < adjective && step < JUDGED_REACH;
                    noun = sentence.governor(noun), step++) {
                for (int verb : sentence.parents(noun, "obj")) {
                    if (CHARACTERISE.contains(sentence.lemma(verb))) {
                        return verb;
                    }
                }
                if (!sentence.relationAbove(noun).startsWith("nmod")) {
                    break;
                }
            }
            return -1;
        }

        /** The actors a phrase names: its head, or each conjunct of a coordination. */
        private void collectActors(int head, List<String> agents) {
            List<Integer> heads = new ArrayList<>();
            heads.add(head);
            heads.addAll(sentence.children(head, "conj"));
            for (int h : heads) {
                Optional<Mention> mention = sentence.mentionOfPhrase(h);
                if (mention.isPresent() && mention.get().type().isActor() && !agents.contains(mention.get().key())) {
                    agents.add(mention.get().key());
                }
                // "Armenian and Azerbaijani ministers agreed": each demonym coordinated before the noun names a side
                for (int modifier : mention.isPresent() ? sentence.children(h, "amod") : List.<Integer>of()) {
                    for (int other : sentence.children(modifier, "conj")) {
                        sentence.mentionAt(other).filter(m -> m.type().isActor() && !agents.contains(m.key()))
                                .ifPresent(m -> agents.add(m.key()));
                    }
                }
                if (mention.isEmpty()) {
                    mention = sentence.children(h, "appos").stream().map(sentence::mentionAt).flatMap(Optional::stream)
                            .filter(m -> m.type().isActor()).findFirst();
                    mention.filter(m -> !agents.contains(m.key())).ifPresent(m -> agents.add(m.key()));
                }
                // "with their leaders signing ...": the leaders of the sides the clause is about
                for (int owner : mention.isEmpty() && h == head ? sentence.children(h, "nmod:poss") : List.<Integer>of()) {
                    boolean pronoun = sentence.lower(owner).equals("their") || sentence.lower(owner).equals("its");
                    Optional<Mention> antecedent = pronoun ? antecedent(owner) : Optional.empty();
                    int antecedentHead = antecedent.map(this::headOf).orElse(h);
                    if (antecedentHead != h) {
                        collectActors(antecedentHead, agents);
                        mention = antecedent;
                    }
                }
                if (mention.isEmpty() && namesThePair(h)) {
                    sentence.linked.principalParties().stream().filter(side -> !agents.contains(side)).forEach(agents::add);
                }
                if (mention.isEmpty()) {
                    for (int of : sentence.children(h, "nmod:of")) {
                        List<Integer> members = new ArrayList<>(List.of(of));
                        members.addAll(sentence.children(of, "conj"));
                        for (int member : members) {
                            sentence.mentionOfPhrase(member).filter(m -> m.type().isActor() && !agents.contains(m.key()))
                                    .ifPresent(m -> agents.add(m.key()));
                        }
                    }
                }
            }
        }

        /**
         * "the two sides", "both governments": a plural noun for sides, counted as two; "both"
         * or "the two" standing alone ("both welcomed the deal").
         */
        private boolean namesThePair(int head) {
            if (PAIR.contains(sentence.lower(head))) {
                String tag = sentence.tag(head);
                return tag.equals("DT") || tag.equals("CD") && !sentence.children(head, "det").isEmpty();
            }
            boolean plural = sentence.tag(head).equals("NNS");
            boolean counted = sentence.children(head, "nummod", "det", "det:predet").stream()
                    .anyMatch(d -> PAIR.contains(sentence.lower(d)));
            return plural && counted && PAIR_MEMBERS.contains(sentence.lemma(head));
        }

        /** The token of a mention that heads its phrase (its governor lies outside it). */
        private int headOf(Mention mention) {
            for (int t = mention.begin(); t < mention.end(); t++) {
                int governor = sentence.governor(t);
                if (governor < mention.begin() || governor >= mention.end()) {
                    return t;
                }
            }
            return mention.begin();
        }

        private BitSet clauseOf(int i) {
            int top = i;
            for (int guard = 0; guard < 3; guard++) {
                List<Integer> up = sentence.parents(top, "xcomp", "amod", "cop");
                if (up.isEmpty()) {
                    break;
                }
                top = up.get(0);
            }
            return sentence.subtree(top);
        }

        private Draft fromModalContent(Frame frame) {
            if (frame.speaker() == null) {
                return null;
            }
            int content = frame.content();
            if (claimed.get(content)) {
                return null;
            }
            StatementKind kind = null;
            Modality modality = Modality.ASSERTION;
            for (int aux : sentence.children(content, "aux")) {
                Optional<Lexicon.ModalEntry> modal = lexicon.modal(sentence.lemma(aux));
                if (modal.isPresent()) {
                    modality = modal.get().modality();
                    kind = modal.get().kind();
                }
            }
            BitSet region = sentence.subtree(content);
            boolean refusal = false;
            boolean suggesting = lexicon.triggers(sentence.lemma(frame.verb())).stream()
                    .anyMatch(t -> t.pos().equals("VERB") && t.kind() == StatementKind.PROPOSAL);
            if (kind == null && suggesting) {
                kind = StatementKind.PROPOSAL;
            }
            // A modal or a suggesting frame verb gives the act its kind: a negation in the content
            // is what is asked ("said Kyiv must not join", "proposed that no troops be sent"),
            // not a denial of the act
            boolean prescribed = kind != null;
            if (kind == null && modality == Modality.INTENTION && speaksForItself(content, frame.speaker())) {
                if (isNegated(content)) {
                    refusal = true;
                    kind = hasClause(content, HOLDING_MARKS) ? StatementKind.DEMAND : StatementKind.REJECTION;
                } else if (Conditions.hasExchangeMarker(sentence, region, lexicon)) {
                    kind = StatementKind.OFFER;
                }
            }
            if (kind == null && mentionsGuarantee(region, false)) {
                Draft.DraftGuarantee guarantee = guarantee(region, new Draft());
                if (guarantee != null && guarantee.explicitBeneficiary) {
                    kind = StatementKind.PROPOSAL;
                }
            }
            if (kind == null) {
                return null;
            }
            Draft draft = new Draft();
            draft.kind = kind;
            draft.cameoCode = kind.defaultCameoCode();
            draft.agents.addAll(frame.speakers());
            draft.modality = modality;
            draft.negated = !refusal && !prescribed && isNegated(content);
            draft.confidence = 0.7;
            fill(draft, content, region, Optional.of(frame), -1);
            if (refusal && draft.conditions.isEmpty() && !namesDocument(region)) {
                return null;
            }
            describe(draft, content, "frame:" + sentence.lemma(frame.verb()), kind, Optional.of(frame));
            draft.toldByForm = true;
            if (decisions.wantsTerms()) {
                draft.terms.addAll(TermCandidates.of(sentence, region, content, draft, lexicon, defaultParty(region, draft)));
            }
            claimed.or(region);
            return draft;
        }

        /**
         * "Under the annex, X committed to ...": a commitment the sentence opens by putting under
         * a document is one of the document's terms, not an act of its own.
         */
        private boolean namesItsDocument() {
            int named = documentNamedAt();
            return named >= 0 && named <= 1;
        }

        /** The first token of the earliest phrase that names a document ("Under the deal", "According to the text"), or -1. */
        private int documentNamedAt() {
            List<TermToken> all = allTokens();
            Set<String> vocabulary = allVocabulary();
            int earliest = -1;
            for (Lexicon.Cue cue : lexicon.attributionCues()) {
                CuePattern.Match match = cue.type().equals("Document") ? cue.pattern().find(all, vocabulary) : null;
                int at = match == null ? -1 : all.get(match.begin()).index();
                if (at >= 0 && (earliest < 0 || at < earliest)) {
                    earliest = at;
                }
            }
            return earliest;
        }

        /**
         * "Under the deal, X are to ...", "According to the plan, the two sides must ...": the
         * sentence spells out terms of an agreement or plan reported before it.
         */
        private Draft documentContent() {
            boolean named = documentNamedAt() >= 0;
            if (!named && !(spellingOut && (listItem || obliges()))) {
                return null;
            }
            BitSet region = new BitSet();
            region.set(0, sentence.size());
            Draft draft = new Draft();
            draft.content = true;
            draft.listed = listItem;
            draft.rule = Draft.DOCUMENT_CONTENT_RULE;
            draft.kind = StatementKind.PROPOSAL;
            draft.cameoCode = StatementKind.PROPOSAL.defaultCameoCode();
            draft.sentence = sentence.index;
            draft.attribution = Attribution.DOCUMENT;
            if (deniesTerms()) {
                return null;
            }
            Conditions.read(sentence, region, lexicon, draft, Conditions.SIDES);
            if (draft.conditions.isEmpty() && !named && !spellingOut) {
                return null;
            }
            draft.evidence = span(region);
            return draft;
        }

        /**
         * "X must ...", "X are to ...", "X will ...": the sentence sets an obligation, which after a
         * sentence of a document's terms is one more of them.
         */
        private boolean obliges() {
            for (int t = 0; t < sentence.size(); t++) {
                String word = sentence.lower(t);
                if (BINDING_MODALS.contains(word)) {
                    return true;
                }
                boolean be = sentence.lemma(t).equals("be") && t + 2 < sentence.size();
                if (be && sentence.lower(t + 1).equals("to") && sentence.tag(t + 2).equals("VB")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "The draft does not provide for elections": the document's own verb is negated, so the
         * sentence sets no term. "X will not object to Y" is a term, a promise not to.
         */
        private boolean deniesTerms() {
            for (int t = 0; t < sentence.size(); t++) {
                if (sentence.governor(t) < 0 && sentence.isVerb(t) && isNegated(t)) {
                    boolean documentSays = sentence.children(t, "nsubj").stream()
                            .anyMatch(subject -> DOCUMENT_NOUNS.contains(sentence.lemma(subject)));
                    return documentSays || PROVIDING.contains(sentence.lemma(t));
                }
            }
            return false;
        }

        /** "The group could also include X and Y": more guarantors for the guarantee named before. */
        private Draft groupExtension() {
            for (int v = 0; v < sentence.size(); v++) {
                if (!INCLUDE.contains(sentence.lemma(v)) || !sentence.isVerb(v)) {
                    continue;
                }
                for (int subject : sentence.children(v, "nsubj")) {
                    if (!GROUP_HEADS.contains(sentence.lemma(subject)) || sentence.mentionAt(subject).isPresent()) {
                        continue;
                    }
                    boolean definite = false;
                    for (int det : sentence.children(subject, "det")) {
                        definite |= sentence.lemma(det).equals("the") || sentence.lemma(det).equals("this");
                    }
                    if (!definite) {
                        continue;
                    }
                    BitSet objects = new BitSet();
                    for (int obj : sentence.children(v, "obj")) {
                        objects.or(sentence.subtree(obj));
                    }
                    Draft.DraftGuarantee guarantee = new Draft.DraftGuarantee();
                    guarantors(objects, guarantee.guarantors);
                    if (guarantee.guarantors.isEmpty()) {
                        continue;
                    }
                    guarantee.anaphoric = true;
                    BitSet clause = sentence.subtree(v);
                    guarantee.evidence = span(clause);
                    Draft draft = new Draft();
                    draft.extension = true;
                    draft.rule = Draft.GROUP_EXTENSION_RULE;
                    draft.kind = StatementKind.PROPOSAL;
                    draft.cameoCode = StatementKind.PROPOSAL.defaultCameoCode();
                    frameOf(v).map(Frame::speaker).ifPresent(draft.agents::add);
                    for (Frame frame : frames) {
                        if (frame.content() == v && frame.speaker() != null && draft.agents.isEmpty()) {
                            draft.agents.add(frame.speaker());
                        }
                    }
                    draft.evidence = guarantee.evidence;
                    draft.sentence = sentence.index;
                    draft.guarantees.add(guarantee);
                    return draft;
                }
            }
            return null;
        }

        /**
         * "X said it would never ...", "X said the alliance would not ...": the reported clause is
         * about the speaker's own side (a pronoun, a common noun, or an actor of the same side), so
         * a refusal or a conditional commitment in it is the speaker's.
         */
        private boolean speaksForItself(int content, String speaker) {
            String side = sentence.linked.stateOf(speaker);
            for (int subject : sentence.children(content, "nsubj", "nsubj:pass")) {
                Optional<Mention> mention = sentence.mentionOfPhrase(subject);
                if (mention.isPresent() && mention.get().type().isActor()) {
                    return mention.get().key().equals(speaker) || sentence.linked.stateOf(mention.get().key()).equals(side);
                }
            }
            return true;
        }

        /** Whether token i heads a clause introduced by one of the marks ("until", "unless"). */
        private boolean hasClause(int i, Set<String> marks) {
            for (int clause : sentence.children(i, "advcl", "obl")) {
                for (int mark : sentence.children(clause, "mark", "case")) {
                    if (marks.contains(sentence.lower(mark))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * "... provided that the accord is ratified", "if Russia accepts": an act named inside
         * a condition is what a statement waits for, not a statement made.
         */
        private boolean insideCondition(int i) {
            int node = i;
            for (int guard = 0; guard < 6; guard++) {
                for (int mark : sentence.children(node, "mark")) {
                    String word = sentence.lower(mark);
                    if (CONDITION_MARKS.contains(word) || word.equals("that") && mark > 0
                            && CONDITION.contains(sentence.lower(mark - 1))) {
                        return true;
                    }
                }
                List<Integer> up = sentence.parents(node, "advcl", "ccomp", "xcomp", "acl", "conj");
                if (up.isEmpty()) {
                    return false;
                }
                node = up.get(0);
            }
            return false;
        }

        private boolean isNegated(int i) {
            for (int subject : sentence.children(i, "nsubj")) {
                List<Integer> modified = new ArrayList<>(List.of(subject));
                modified.addAll(sentence.children(subject, "det", "amod"));
                for (int word : modified) {
                    if (sentence.children(word, "advmod").stream().anyMatch(a -> sentence.lower(a).equals("not"))) {
                        return true;
                    }
                }
            }
            for (int child : sentence.children(i, "advmod", "neg", "det")) {
                String word = sentence.lower(child);
                if (word.equals("not") || word.equals("n't") || word.equals("never") || word.equals("no") && sentence.isVerb(i)) {
                    return true;
                }
            }
            return false;
        }

        private Modality modality(int i) {
            List<Integer> auxes = new ArrayList<>(sentence.children(i, "aux"));
            for (int governor : sentence.parents(i, "xcomp")) {
                auxes.addAll(sentence.children(governor, "aux"));
                String lemma = sentence.lemma(governor);
                if (INTENDING.contains(lemma)) {
                    return Modality.INTENTION;
                }
            }
            for (int aux : auxes) {
                Optional<Lexicon.ModalEntry> modal = lexicon.modal(sentence.lemma(aux));
                if (modal.isPresent()) {
                    return modal.get().modality();
                }
            }
            if (sentence.hasMark(i, "to") && auxes.stream().anyMatch(aux -> NECESSITY.contains(sentence.lemma(aux)))) {
                return Modality.OBLIGATION;
            }
            return Modality.ASSERTION;
        }

        /** Fills concerns, conditions, guarantees, attribution, evidence and date of a draft. */
        private void fill(Draft draft, int head, BitSet region, Optional<Frame> frame, int agentHead) {
            draft.sentence = sentence.index;
            brokers(region, draft.brokers);
            Conditions.read(sentence, region, head, lexicon, draft, defaultParty(region, draft));
            if (mentionsGuarantee(region, Conditions.givesAssurance(draft))) {
                Draft.DraftGuarantee guarantee = guarantee(region, draft);
                if (guarantee != null) {
                    draft.guarantees.add(guarantee);
                }
            }
            for (Draft.DraftCondition condition : draft.conditions) {
                if (condition.party() != null && !draft.agents.contains(condition.party())) {
                    draft.concerns.add(condition.party());
                }
            }
            for (Draft.DraftGuarantee guarantee : draft.guarantees) {
                if (guarantee.beneficiary != null) {
                    draft.concerns.add(guarantee.beneficiary);
                }
            }
            if (draft.concerns.isEmpty()) {
                String party = defaultParty(region, draft);
                if (party != null) {
                    draft.concerns.add(party);
                }
            }
            draft.attribution = attribution(head, frame);
            BitSet evidence = (BitSet) region.clone();
            evidence.set(head);
            if (agentHead >= 0 && agentHead < head) {
                evidence.or(sentence.subtree(agentHead));
            }
            draft.evidence = span(evidence);
            draft.statedOn = Dates.resolve(sentence, article.date());
        }

        /** "a Russian-brokered deal", "a plan mediated by Egypt": the sides that brokered what the region is about. */
        private void brokers(BitSet region, Set<String> into) {
            for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
                String word = sentence.lower(t);
                Optional<Mention> mention = sentence.mentionAt(t);
                boolean compound = LinkedArticle.joinedToBroker(word);
                if (compound && mention.isPresent()) {
                    into.add(sentence.linked.stateOf(mention.get().key()));
                }
                if (BROKERING.contains(word)) {
                    for (int by : sentence.children(t, "obl:agent", "obl:by")) {
                        List<String> brokers = new ArrayList<>();
                        collectActors(by, brokers);
                        brokers.forEach(b -> into.add(sentence.linked.stateOf(b)));
                    }
                }
            }
        }

        private String defaultParty(BitSet region, Draft draft) {
            return defaultParty(region, draft, Set.of());
        }

        /** The default party that is none of {@code excluded}. */
        private String defaultParty(BitSet region, Draft draft, Collection<String> excluded) {
            if (draft.agents.size() > 1) {
                return Conditions.SIDES;
            }
            for (Mention mention : sentence.mentionsIn(region)) {
                if ((mention.type() == ActorType.STATE || mention.type() == ActorType.ARMED_GROUP) && !mention.indirect()
                        && !sentence.isPlace(mention) && !draft.agents.contains(mention.key()) && !excluded.contains(mention.key())
                        && !sentence.linked.stateOf(mention.key()).equals(stateOfAgents(draft))) {
                    return mention.key();
                }
            }
            return null;
        }

        private String stateOfAgents(Draft draft) {
            return draft.agents.isEmpty() ? "" : sentence.linked.stateOf(draft.agents.get(0));
        }

        private Attribution attribution(int head, Optional<Frame> frame) {
            if (sentence.isQuoted(head)) {
                return Attribution.DIRECT_QUOTE;
            }
            if (frame.isPresent() && frame.get().anonymous()) {
                return Attribution.ANONYMOUS_SOURCES;
            }
            if (issuedTextSubject(head) >= 0) {
                return Attribution.DOCUMENT;
            }
            List<TermToken> all = allTokens();
            Set<String> vocabulary = allVocabulary();
            for (Lexicon.Cue cue : lexicon.attributionCues()) {
                if (cue.pattern().find(all, vocabulary) != null) {
                    return cue.type().equals("AnonymousSources") ? Attribution.ANONYMOUS_SOURCES : Attribution.DOCUMENT;
                }
            }
            return Attribution.REPORTED_SPEECH;
        }

        private boolean mentionsGuarantee(BitSet region, boolean assuring) {
            for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
                if (GUARANTEE_NOUNS.contains(sentence.lemma(t)) || assuring && Conditions.isAssurance(sentence, t)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An offer's guarantee is given by the side that offers, unless it is what the offer asks in
         * return ("... in return for a treaty guaranteeing its security from X"): then by the other side.
         */
        private Draft.DraftGuarantee guarantee(BitSet region, Draft draft) {
            Draft.DraftGuarantee guarantee = new Draft.DraftGuarantee();
            int guaranteeToken = -1;
            for (int t = region.nextSetBit(0); t >= 0; t = region.nextSetBit(t + 1)) {
                String lemma = sentence.lemma(t);
                boolean assurance = Conditions.givesAssurance(draft) && Conditions.isAssurance(sentence, t);
                if (!GUARANTEE_NOUNS.contains(lemma) && !assurance) {
                    continue;
                }
                if (guaranteesAClauseOfNoSecurity(t)) {
                    continue;
                }
                if (guaranteeToken < 0) {
                    guaranteeToken = t;
                }
                BitSet guarantorPhrase = new BitSet();
                if (assurance) {
                    for (int subject : sentence.children(t, "nsubj")) {
                        guarantorPhrase.or(sentence.subtree(subject));
                    }
                    assured(t, guarantee);
                } else if (sentence.isVerb(t)) {
                    for (int subject : sentence.children(t, "nsubj")) {
                        guarantorPhrase.or(sentence.subtree(subject));
                    }
                    for (int obj : sentence.children(t, "obj")) {
                        beneficiary(obj, guarantee);
                    }
                } else {
                    for (int from : sentence.children(t, "nmod:from", "nmod:by")) {
                        guarantorPhrase.or(sentence.subtree(from));
                    }
                    List<Integer> participles = new ArrayList<>(sentence.children(t, "acl"));
                    // "an assurance signed by A and B" is at times parsed with the noun as the subject of "signed"
                    sentence.parents(t, "nsubj").stream().filter(v -> sentence.tag(v).equals("VBN")).forEach(participles::add);
                    for (int signed : participles) {
                        for (int by : sentence.children(signed, "obl:agent", "obl:by")) {
                            guarantorPhrase.or(sentence.subtree(by));
                        }
                    }
                    for (int governor : sentence.parents(t, "nmod:for", "nmod")) {
                        for (int from : sentence.children(governor, "nmod:from")) {
                            guarantorPhrase.or(sentence.subtree(from));
                            for (int clause : sentence.parents(governor, "obl")) {
                                guarantorPhrase.or(enumerationAfterColon(clause));
                            }
                        }
                    }
                    for (int parataxis : sentence.parents(t, "nmod:from")) {
                        guarantorPhrase.or(enumerationAfterColon(parataxis));
                    }
                    for (int subject : sentence.children(t, "nsubj")) {
                        guarantorPhrase.or(sentence.subtree(subject));
                    }
                    for (int of : sentence.children(t, "nmod:of", "nmod:for", "nmod:to")) {
                        beneficiary(of, guarantee);
                    }
                    for (int poss : sentence.children(t, "nmod:poss", "compound")) {
                        beneficiary(poss, guarantee);
                    }
                }
                if (!guarantorPhrase.isEmpty()) {
                    guarantors(guarantorPhrase, guarantee.guarantors);
                }
                if (guarantee.guarantors.isEmpty() && GUARANTOR.contains(lemma)) {
                    guarantee.anaphoric = true;
                }
                if (guarantee.guarantors.isEmpty() && sentence.isVerb(t)) {
                    for (int subject : sentence.children(t, "nsubj")) {
                        if (GUARANTOR.contains(sentence.lemma(subject)) || GROUP_HEADS.contains(sentence.lemma(subject))) {
                            guarantee.anaphoric = true;
                        }
                    }
                }
            }
            if (guaranteeToken < 0) {
                // every guarantee word guaranteed a clause of no one's security
                return null;
            }
            guarantee.explicitBeneficiary = guarantee.beneficiary != null;
            int exchange = Conditions.exchangeStart(sentence, region, lexicon);
            if (guarantee.guarantors.isEmpty() && draft.kind == StatementKind.OFFER) {
                String otherSide = exchange < guaranteeToken ? Conditions.firstOtherSide(sentence, region, exchange, draft) : null;
                if (otherSide != null) {
                    guarantee.guarantors.add(otherSide);
                } else {
                    for (String agent : draft.agents) {
                        guarantee.guarantors.add(sentence.linked.stateOf(agent));
                    }
                }
            }
            // "neutrality in exchange for guarantees from X, Y and Z": what an act asks in return
            // is for its own side, as what a demand asks is
            if (guarantee.beneficiary == null && (draft.kind == StatementKind.DEMAND || exchange < guaranteeToken)
                    && !guarantee.guarantors.isEmpty() && draft.agents.size() == 1) {
                guarantee.beneficiary = sentence.linked.stateOf(draft.agents.get(0));
            }
            // a side the text does not name as the one protected is none of those protecting it
            if (guarantee.beneficiary == null) {
                guarantee.beneficiary = draft.conditions.stream().map(Draft.DraftCondition::party)
                        .filter(party -> party != null && !guarantee.guarantors.contains(party)).findFirst().orElse(null);
            }
            if (guarantee.beneficiary == null) {
                guarantee.beneficiary = defaultParty(region, draft, guarantee.guarantors);
            }
            if (guarantee.guarantors.isEmpty() && guarantee.explicitBeneficiary) {
                guarantee.anaphoric = true;
            }
            guarantee.guarantors.remove(guarantee.beneficiary);
            if (guarantee.beneficiary == null || guarantee.guarantors.isEmpty() && !guarantee.anaphoric) {
                return null;
            }
            guarantee.evidence = span(region);
            return guarantee;
        }

        /**
         * "would work to guarantee that the truce holds", "guarantees that Israel will keep
         * negotiating": a guarantee of a clause that tells of no one's security (no guarantee cue
         * in it) guarantees a deal or a course, which the guidelines make no security guarantee;
         * "assurances that the island would not be attacked" still is one.
         */
        private boolean guaranteesAClauseOfNoSecurity(int t) {
            List<Integer> clauses = new ArrayList<>(sentence.children(t, "ccomp"));
            sentence.children(t, "acl").stream().filter(clause -> sentence.hasMark(clause, "that")).forEach(clauses::add);
            if (clauses.isEmpty()) {
                return false;
            }
            for (int clause : clauses) {
                BitSet words = sentence.subtree(clause);
                for (int w = words.nextSetBit(0); w >= 0; w = words.nextSetBit(w + 1)) {
                    if (lexicon.isGuaranteeCue(sentence.lemma(w))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void beneficiary(int head, Draft.DraftGuarantee guarantee) {
            if (guarantee.beneficiary != null) {
                return;
            }
            List<Integer> candidates = new ArrayList<>();
            candidates.add(head);
            candidates.addAll(sentence.children(head, "nmod:poss", "nmod:of", "nmod:for"));
            for (int c : candidates) {
                Optional<Mention> mention = sentence.mentionAt(c);
                if (mention.isEmpty() && (sentence.lower(c).equals("its") || sentence.lower(c).equals("their"))) {
                    mention = antecedent(c);
                }
                if (mention.isPresent() && mention.get().type().isActor()) {
                    guarantee.beneficiary = sentence.linked.stateOf(mention.get().key());
                    return;
                }
            }
        }

        /**
         * Whom an assurance protects: the owner of the sovereignty or borders respected ("its
         * independence", "Ukraine's borders"), or the side force is not to be used against.
         */
        private void assured(int verb, Draft.DraftGuarantee guarantee) {
            BitSet phrase = sentence.subtree(verb);
            for (int t = phrase.nextSetBit(0); t >= 0 && guarantee.beneficiary == null; t = phrase.nextSetBit(t + 1)) {
                if (sentence.lower(t).equals("its") || sentence.lower(t).equals("their")) {
                    beneficiary(t, guarantee);
                }
                for (int owner : sentence.children(t, "nmod:poss", "nmod:against", "obl:against", "nmod:of")) {
                    beneficiary(owner, guarantee);
                }
            }
        }

        /** "its": the nearest state or group named before it in the sentence that is a subject. */
        private Optional<Mention> antecedent(int token) {
            Mention best = null;
            for (Mention mention : sentence.mentions()) {
                if (mention.end() <= token && mention.type().isActor() && mention.type() != ActorType.PERSON
                        && !sentence.parents(mention.begin(), "nsubj").isEmpty()) {
                    best = best == null ? mention : best;
                }
            }
            return Optional.ofNullable(best);
        }

        /** The items after a colon that spell out a group ("members: A, B and C"). */
        private BitSet enumerationAfterColon(int governor) {
            BitSet out = new BitSet();
            for (int item : sentence.children(governor, "parataxis")) {
                out.or(sentence.subtree(item));
            }
            return out;
        }

        private void guarantors(BitSet phrase, Set<String> into) {
            List<TermToken> tokens = Conditions.termTokens(sentence, phrase);
            BitSet expanded = new BitSet();
            Set<String> vocabulary = CuePattern.vocabulary(tokens);
            for (Lexicon.Group group : lexicon.groups()) {
                CuePattern.Match match = group.pattern().find(tokens, vocabulary);
                if (match != null) {
                    into.addAll(group.members());
                    for (int k = match.begin(); k < match.end(); k++) {
                        expanded.set(tokens.get(k).index());
                    }
                }
            }
            for (Mention mention : sentence.mentionsIn(phrase)) {
                if (expanded.get(mention.begin())) {
                    continue;
                }
                if ((mention.type() == ActorType.STATE || mention.type() == ActorType.ORGANIZATION)
                        && !namesMembersOf(mention)) {
                    into.add(sentence.linked.stateOf(mention.key()));
                }
            }
        }

        /** "Security Council members", "members of NATO": the members are meant, not the body. */
        private boolean namesMembersOf(Mention mention) {
            for (int t = mention.begin(); t < mention.end(); t++) {
                for (int governor : sentence.parents(t, "compound", "nmod:of", "nmod")) {
                    if (MEMBER.contains(sentence.lemma(governor)) && !mention.covers(governor)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Span span(BitSet tokens) {
            int first = tokens.nextSetBit(0);
            int last = tokens.length() - 1;
            while (last > first && isEdgePunctuation(last)) {
                last--;
            }
            while (first < last && (isEdgePunctuation(first) || sentence.tag(first).equals("IN") && sentence.lower(first).equals("that")
                    || sentence.tag(first).equals("CC"))) {
                first++;
            }
            return Span.of(sentence.body, sentence.charBegin(first), sentence.charEnd(last));
        }

        private boolean isEdgePunctuation(int t) {
            String word = sentence.word(t);
            return word.equals(".") || word.equals(",") || word.equals(":") || word.equals(";") || word.equals("''")
                    || word.equals("``") || word.equals("\"") || word.equals("-RRB-") || word.equals("-LRB-") || word.equals("'");
        }
    }
}
