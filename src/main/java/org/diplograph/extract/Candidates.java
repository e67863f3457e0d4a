package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.extract.model.SentenceEmbedder;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.diplograph.link.DiplomaticActors;
import org.diplograph.link.LinkedArticle;

/**
 * The candidate layer's output for one article: every act the rules propose, each with the
 * features the statement model reads, before any decision. {@link #decide} turns them into
 * an {@link Extraction}; a trainer reads {@link #statements()} and labels them from gold.
 * A Candidates is decided once: deciding consumes its drafts.
 */
public final class Candidates {

    /**
     * A candidate act as a trainer sees it.
     *
     * @param ruleKind the kind the rule gives it
     * @param begin    the character offset in the body where its trigger begins
     * @param end      the character offset where its trigger ends
     * @param features what the statement model reads of it
     * @param terms    the phrases that may be its terms
     * @param text     the text of its evidence, which a model may embed
     * @param gated    whether a rule's gate held it back, or a rule other than the curated triggers made it
     * @param agents   the keys of the actors the rules take for its agents
     */
    public record StatementCandidate(StatementKind ruleKind, int begin, int end, List<String> features,
                                     List<TermCandidate> terms, String text, boolean gated, List<String> agents) {

        public StatementCandidate {
            features = List.copyOf(features);
            agents = List.copyOf(agents);
            terms = List.copyOf(terms);
        }
    }

    /** The label of a guarantee candidate that is one. */
    public static final String YES = "Guarantee";

    /**
     * A phrase of a candidate act that may be one of its terms, as a term model sees it.
     *
     * @param begin    the character offset where its evidence begins
     * @param end      the character offset where its evidence ends
     * @param features what the term model reads of it
     */
    public record TermCandidate(int begin, int end, List<String> features) {

        public TermCandidate {
            features = List.copyOf(features);
        }
    }

    /**
     * A pair of sides a sentence with a guarantee cue names, as a guarantee model sees it.
     *
     * @param guarantor   the key of the would-be guarantor
     * @param beneficiary the key of the would-be beneficiary
     * @param begin       the character offset where its sentence begins
     * @param end         the character offset where its sentence ends
     * @param features    what the guarantee model reads of the pair
     */
    public record GuaranteeCandidate(String guarantor, String beneficiary, int begin, int end, List<String> features) {

        public GuaranteeCandidate {
            features = List.copyOf(features);
        }
    }

    /**
     * A pair of a condition type and a side that a decided statement may bind, as a condition
     * model sees it.
     *
     * @param agents   the keys of the statement's agents
     * @param type     the condition type
     * @param party    the key of the side
     * @param begin    the character offset where the statement's sentence begins
     * @param end      the character offset where it ends
     * @param features what the condition model reads of the pair
     */
    public record ConditionCandidate(List<String> agents, String type, String party, int begin, int end, List<String> features) {

        public ConditionCandidate {
            agents = List.copyOf(agents);
            features = List.copyOf(features);
        }
    }

    /**
     * The most sides the condition model leaves one type of one act bound to, counting those the
     * rules bound it to: in train's gold, 1,505 of the 1,537 pairs of an act and a type bind one
     * side or two (a truce, talks or an exchange bind both sides; a sentence that lists many
     * names rarely binds each), and cross-validation keeps two.
     */
    private static final int MOST_SIDES_A_TYPE = 2;
    /** The least probability of a type a phrase needs to count as stating a term of that type. */
    private static final double LEAST_PHRASE_PROBABILITY = 0.05;
    private final Article article;
    private final LinkedArticle linked;
    private final List<Draft> drafts;
    private final List<GuaranteeCandidates.Pair> pairs;
    private final Lexicon lexicon;
    private final List<ConditionCandidate> conditionCandidates = new ArrayList<>();
    private final List<GuaranteeCandidate> guaranteeSideCandidates = new ArrayList<>();
    private boolean decided;
    /** Made when a statement's condition candidates are first made: most articles of a corpus not read for conditions need none. */
    private ArticleCues articleCues;

    Candidates(Article article, LinkedArticle linked, List<Draft> drafts, List<GuaranteeCandidates.Pair> pairs, Lexicon lexicon) {
        this.article = article;
        this.linked = linked;
        this.drafts = drafts;
        this.pairs = pairs;
        this.lexicon = lexicon;
    }

    /** The actor an article's key stands for: its label, names and Wikidata id, for a trainer that maps keys to gold. */
    public Actor actor(String key) {
        return linked.entity(key);
    }

    /** The span of a whole sentence of the body. */
    private Span sentenceSpan(int sentence) {
        List<CoreLabel> tokens = linked.annotated().document().sentences().get(sentence).tokens();
        return Span.of(article.body(), tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
    }

    /** The guarantee candidates, in sentence order. */
    public List<GuaranteeCandidate> guarantees() {
        List<GuaranteeCandidate> out = new ArrayList<>();
        for (GuaranteeCandidates.Pair pair : pairs) {
            Span sentence = sentenceSpan(pair.sentence());
            out.add(new GuaranteeCandidate(pair.guarantor(), pair.beneficiary(), sentence.begin(), sentence.end(), pair.features()));
        }
        return out;
    }

    /** The candidates a model decides on, in the order the rules made them. */
    public List<StatementCandidate> statements() {
        List<StatementCandidate> out = new ArrayList<>();
        for (Draft draft : decidable()) {
            CoreLabel token = linked.annotated().document().sentences().get(draft.sentence).tokens().get(draft.trigger);
            List<TermCandidate> terms = new ArrayList<>();
            for (TermCandidates.Term term : draft.terms) {
                terms.add(new TermCandidate(term.evidence().begin(), term.evidence().end(), term.features()));
            }
            out.add(new StatementCandidate(draft.kind, token.beginPosition(), token.endPosition(), draft.features,
                    terms, draft.evidence.text(), draft.gated, draft.agents));
        }
        return out;
    }

    /**
     * How much likelier another kind must be than the kind of the rule that proposed an act for
     * the model to retype it. Cross-validated on the training corpus (statements F1 at margins
     * 0, 0.03, 0.1, 0.2, 0.35): 0.588, 0.590, 0.592, 0.593, 0.589, with conditions 0.307 at 0.1
     * and 0.305 at 0.2. Where the model is torn between two kinds, the rule's word is the better guide.
     */
    private static final double RULE_KIND_MARGIN = 0.1;

    /**
     * How many sentences before a guarantee with no act of its own an act may stand that holds
     * it. Cross-validated on the training corpus (guarantees F1 at 0, 1, 2, 3, 4, 6, 10): 0.354,
     * 0.353, 0.353, 0.382, 0.382, 0.382, 0.382; the least of the plateau keeps it nearest its act.
     */
    private static final int GUARANTEE_REACH = 3;

    /** The likeliest label other than {@link Decisions#NONE} that {@code allowed} admits, with its probability (none: NONE at 0). */
    private static Map.Entry<String, Double> likeliest(Map<String, Double> probabilities, Predicate<String> allowed) {
        Map.Entry<String, Double> best = Map.entry(Decisions.NONE, 0.0);
        for (Map.Entry<String, Double> label : probabilities.entrySet()) {
            if (!label.getKey().equals(Decisions.NONE) && allowed.test(label.getKey()) && label.getValue() > best.getValue()) {
                best = label;
            }
        }
        return best;
    }

    /**
     * Whether {@code kind} is the refusal that a denied acceptance or offer may be: "would not
     * accept the plan" is a rejection (the guidelines' "will never", "refuses"), and "was not ready
     * to send troops" may be one, where "did not rule out" is no act. The model tells them apart
     * from the trigger's word read with its negation; the terms read for what is accepted or
     * offered are those of what is refused.
     */
    private static boolean refuses(Draft draft, String kind) {
        return draft.negated && kind.equals(StatementKind.REJECTION.localName())
                && (draft.kind == StatementKind.ACCEPTANCE || draft.kind == StatementKind.OFFER);
    }

    /** Whether the curated rules alone would not have made this act: a gate held it back, or a learned trigger made it. */
    private static boolean isExtra(Draft draft) {
        return draft.gated || draft.rule.startsWith(LearnedTrigger.SOURCE + ":");
    }

    private List<Draft> decidable() {
        return drafts.stream().filter(d -> d.trigger >= 0).toList();
    }

    /**
     * Keeps the candidates to which the statement model gives a kind with at least the
     * decisions' minimum probability, with that kind and probability as their confidence,
     * then consolidates acts told twice. The kind is chosen among those that bind like the
     * rule's ({@link StatementKind#bindsLike}), since the act's terms were read for it, or is
     * the rejection a denied acceptance or offer may be ({@link #refuses}), no longer denied.
     */
    public Extraction decide(Decisions decisions) {
        LinearModel model = decisions.statementKind().orElse(null);
        List<Draft> decidable = decidable();
        List<String> labels = new ArrayList<>();
        List<String> likeliest = new ArrayList<>();
        double[] confidence = new double[decidable.size()];
        for (int c = 0; c < decidable.size(); c++) {
            Draft draft = decidable.get(c);
            if (model == null) {
                labels.add(draft.gated ? Decisions.NONE : draft.kind.localName());
                likeliest.add(labels.get(c));
                confidence[c] = draft.confidence;
            } else {
                float[] dense = model.usesDense() ? SentenceEmbedder.embed(draft.evidence.text()) : null;
                Map<String, Double> probabilities = model.probabilities(draft.features, dense);
                Map.Entry<String, Double> best = likeliest(probabilities,
                        kind -> draft.anyKind || StatementKind.fromLocalName(kind).bindsLike(draft.kind) || refuses(draft, kind));
                Double ruled = probabilities.get(draft.kind.localName());
                if (!draft.anyKind && ruled != null && ruled >= best.getValue() - RULE_KIND_MARGIN) {
                    best = Map.entry(draft.kind.localName(), ruled);
                }
                double least = isExtra(draft) ? decisions.minExtraConfidence() : decisions.minConfidence();
                labels.add(best.getValue() >= least ? best.getKey() : Decisions.NONE);
                likeliest.add(best.getKey());
                confidence[c] = best.getValue();
            }
        }
        return decide(labels, likeliest, confidence, decisions);
    }

    /**
     * Keeps the candidates of {@link #statements()} whose label is a statement kind, with that
     * kind and the given confidence, drops those labelled {@link Decisions#NONE}, then adds the
     * decisions' terms and guarantees and consolidates acts told twice. Acts with no trigger of
     * their own stay as the rules made them.
     */
    private Extraction decide(List<String> labels, List<String> likeliest, double[] confidence, Decisions decisions) {
        if (decided) {
            throw new IllegalStateException("the candidates of article " + article.id() + " were decided already");
        }
        decided = true;
        List<Draft> kept = new ArrayList<>();
        List<Draft> admitted = new ArrayList<>();
        List<Draft> held = new ArrayList<>();
        int c = 0;
        for (Draft draft : drafts) {
            if (draft.trigger < 0) {
                kept.add(draft);
                continue;
            }
            String label = labels.get(c);
            String best = likeliest.get(c);
            double probability = confidence[c++];
            if (label.equals(Decisions.NONE)) {
                if (!best.equals(Decisions.NONE)) {
                    draft.kind = StatementKind.fromLocalName(best);
                    draft.cameoCode = draft.kind.defaultCameoCode();
                    draft.confidence = probability;
                    held.add(draft);
                }
                continue;
            }
            StatementKind kind = StatementKind.fromLocalName(label);
            if (kind != draft.kind) {
                draft.negated &= !refuses(draft, label);
                draft.kind = kind;
                draft.cameoCode = kind.defaultCameoCode();
            }
            draft.confidence = probability;
            (isExtra(draft) ? admitted : kept).add(draft);
        }
        List<Draft> all = new ArrayList<>(kept);
        all.addAll(admitted);
        decisions.termModel().ifPresent(model -> all.stream().filter(d -> d.trigger >= 0)
                .forEach(d -> terms(model, decisions.minTermConfidence(), d)));
        decisions.guaranteeModel().ifPresent(model -> admitted.addAll(guarantee(model, decisions.minGuaranteeConfidence(), all, held)));
        // The acts the curated rules read carry the terms and guarantees they found, and are
        // consolidated among themselves; an act only the model admits is the same act told again
        // where one of them has its kind and agent, and is added only where none has.
        List<Draft> statements = new ArrayList<>(Consolidator.consolidate(kept, linked));
        List<Draft> fresh = new ArrayList<>();
        for (Draft extra : admitted) {
            Optional<Draft> told = statements.stream()
                    .filter(d -> d.kind == extra.kind && !Collections.disjoint(d.agents, extra.agents)).findFirst();
            if (told.isEmpty()) {
                fresh.add(extra);
            } else {
                // the pair model's guarantees of the act told again stay, with the act told before
                Consolidator.mergeGuarantees(told.get(), extra.guarantees.stream().filter(g -> g.rule != null).toList());
            }
        }
        statements.addAll(Consolidator.consolidate(fresh, linked));
        if (decisions.wantsConditionSides() || decisions.wantsGuaranteeSides()) {
            sides(decisions, statements);
        }
        statements.forEach(this::listMembers);
        return Assembler.assemble(article, linked, statements, unlikelyActors(decisions));
    }

    /**
     * The actors the actor model gives less than the decisions' least probability: the article
     * names them, but not as parties to its diplomacy. None without a model.
     */
    private Set<String> unlikelyActors(Decisions decisions) {
        Set<String> unlikely = new HashSet<>();
        decisions.actorModel().ifPresent(model -> {
            for (DiplomaticActors.Candidate candidate : DiplomaticActors.of(linked)) {
                if (model.probabilities(candidate.features()).getOrDefault(DiplomaticActors.YES, 0.0) < decisions.minActorConfidence()) {
                    unlikely.add(candidate.key());
                }
            }
        });
        return unlikely;
    }

    /**
     * Lists a group of guarantors the gazetteer names as one actor ("the G7") member by member,
     * as the guidelines list a group of guarantors.
     */
    private void listMembers(Draft draft) {
        for (Draft.DraftGuarantee guarantee : draft.guarantees) {
            Set<String> listed = new LinkedHashSet<>();
            for (String guarantor : guarantee.guarantors) {
                List<String> members = lexicon.members(guarantor);
                listed.addAll(members.isEmpty() ? List.of(guarantor) : members);
            }
            guarantee.guarantors.clear();
            guarantee.guarantors.addAll(listed);
        }
    }

    /**
     * The condition candidates of the decided statements, which {@link #decide} makes when the
     * decisions have a condition model or are for training: empty before.
     */
    public List<ConditionCandidate> conditionCandidates() {
        return List.copyOf(conditionCandidates);
    }

    /**
     * The guarantee candidates among the sides of the decided statements, which {@link #decide}
     * makes when the decisions have a guarantee sides model or are for training: empty before.
     */
    public List<GuaranteeCandidate> guaranteeSideCandidates() {
        return List.copyOf(guaranteeSideCandidates);
    }

    /**
     * For each type, the act's phrase to which the term model gives it the highest probability,
     * if any gives it at least {@link #LEAST_PHRASE_PROBABILITY}: what the condition model reads,
     * and the label and evidence of a condition of that type it adds.
     */
    private static Map<String, ConditionCandidates.PhraseEvidence> phraseEvidence(Decisions decisions, Draft draft) {
        Map<String, ConditionCandidates.PhraseEvidence> best = new java.util.HashMap<>();
        LinearModel model = decisions.termModel().orElse(null);
        for (TermCandidates.Term term : model == null ? List.<TermCandidates.Term>of() : draft.terms) {
            for (Map.Entry<String, Double> type : model.probabilities(term.features()).entrySet()) {
                ConditionCandidates.PhraseEvidence known = best.get(type.getKey());
                if (type.getValue() >= LEAST_PHRASE_PROBABILITY && (known == null || type.getValue() > known.probability())) {
                    best.put(type.getKey(), new ConditionCandidates.PhraseEvidence(term, type.getValue()));
                }
            }
        }
        return best;
    }

    /**
     * Makes the condition and guarantee candidates of each decided statement and, with the
     * models, adds what they find: each pair of a type and a side that no condition of the
     * statement has yet (while its type binds fewer than {@link #MOST_SIDES_A_TYPE} sides), and
     * each guarantor and beneficiary no guarantee of it names yet, to which the model gives at
     * least the minimum probability; with the statement's sentence
     * as evidence (a condition's, the phrase the term model types likewise, where there is one).
     */
    private void sides(Decisions decisions, List<Draft> statements) {
        for (Draft draft : statements) {
            if (draft.agents.isEmpty() || draft.bare) {
                continue;
            }
            ParsedSentence sentence = new ParsedSentence(draft.sentence,
                    linked.annotated().document().sentences().get(draft.sentence), linked);
            Span evidence = sentenceSpan(draft.sentence);
            StatementSides sides = StatementSides.of(draft, sentence);
            if (decisions.wantsGuaranteeSides()) {
                guaranteeSides(decisions, draft, GuaranteeSides.of(draft, sentence, sides, lexicon), evidence);
            }
            if (decisions.wantsConditionSides()) {
                conditionSides(decisions, draft, sentence, sides, evidence);
            }
        }
    }

    private ArticleCues articleCues() {
        if (articleCues == null) {
            articleCues = ArticleCues.of(linked, lexicon);
        }
        return articleCues;
    }

    private void conditionSides(Decisions decisions, Draft draft, ParsedSentence sentence, StatementSides sides, Span evidence) {
        ConditionWeights weights = decisions.conditionWeights();
        Map<String, ConditionCandidates.PhraseEvidence> phrases = phraseEvidence(decisions, draft);
        List<Draft.DraftCondition> added = new ArrayList<>();
        // a side's features are the same for every type, and the sentence's words for every pair
        Map<List<ConditionCandidates.Feature>, ConditionWeights.Sums> sums = new IdentityHashMap<>();
        for (ConditionCandidates.Candidate candidate
                : ConditionCandidates.of(draft, sentence, sides, lexicon, phrases, articleCues())) {
            if (decisions.isTraining()) {
                conditionCandidates.add(new ConditionCandidate(draft.agents, candidate.type(), candidate.party(),
                        evidence.begin(), evidence.end(), candidate.features()));
            }
            if (weights == null || candidate.read()) {
                continue;
            }
            double probability = weights.probability(candidate, sums.computeIfAbsent(candidate.ofSide(), weights::sum),
                    sums.computeIfAbsent(candidate.words(), weights::sum));
            if (probability >= decisions.minConditionConfidence()) {
                TermCandidates.Term phrase = phrases.containsKey(candidate.type()) ? phrases.get(candidate.type()).term() : null;
                added.add(new Draft.DraftCondition(candidate.type(), phrase == null ? null : phrase.label(), candidate.party(),
                        null, phrase == null ? evidence : phrase.evidence(), ConditionCandidates.RULE, probability));
            }
        }
        Set<Draft.DraftCondition> kept = mostLikelySides(draft, added);
        added.stream().filter(kept::contains).forEach(draft::addCondition);
    }

    /**
     * Of the pairs the condition model adds to an act, those that leave each type bound to at
     * most {@link #MOST_SIDES_A_TYPE} sides, counting the sides the rules bound it to, the likeliest
     * first.
     */
    private static Set<Draft.DraftCondition> mostLikelySides(Draft draft, List<Draft.DraftCondition> added) {
        Map<String, Set<String>> bound = new HashMap<>();
        for (Draft.DraftCondition condition : draft.conditions) {
            bound.computeIfAbsent(condition.type(), type -> new HashSet<>()).add(condition.party());
        }
        List<Draft.DraftCondition> likeliest = new ArrayList<>(added);
        likeliest.sort(Comparator.comparingDouble(Draft.DraftCondition::confidence).reversed());
        Set<Draft.DraftCondition> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Draft.DraftCondition condition : likeliest) {
            Set<String> sides = bound.computeIfAbsent(condition.type(), type -> new HashSet<>());
            if (sides.size() < MOST_SIDES_A_TYPE && sides.add(condition.party())) {
                kept.add(condition);
            }
        }
        return kept;
    }

    private void guaranteeSides(Decisions decisions, Draft draft, List<GuaranteeSides.Candidate> candidates, Span evidence) {
        LinearModel model = decisions.guaranteeSidesModel().orElse(null);
        List<GuaranteeSides.Candidate> chosen = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        // Where the pair model (or the guarantee reader) named a guarantor, whom it guarantees stands.
        Set<String> readGuarantors = new HashSet<>();
        draft.guarantees.forEach(g -> readGuarantors.addAll(g.guarantors));
        for (GuaranteeSides.Candidate candidate : candidates) {
            guaranteeSideCandidates.add(new GuaranteeCandidate(candidate.guarantor(), candidate.beneficiary(),
                    evidence.begin(), evidence.end(), candidate.features()));
            if (model == null || readGuarantors.contains(candidate.guarantor())) {
                continue;
            }
            double probability = model.probabilities(candidate.features()).getOrDefault(Candidates.YES, 0.0);
            if (probability >= decisions.minGuaranteeSidesConfidence()) {
                chosen.add(candidate);
                probabilities.add(probability);
            }
        }
        for (int c = 0; c < chosen.size(); c++) {
            GuaranteeSides.Candidate candidate = chosen.get(c);
            Draft.DraftGuarantee guarantee = draft.guarantees.stream()
                    .filter(g -> candidate.beneficiary().equals(g.beneficiary)).findFirst().orElse(null);
            if (guarantee == null) {
                guarantee = new Draft.DraftGuarantee();
                guarantee.beneficiary = candidate.beneficiary();
                guarantee.explicitBeneficiary = true;
                guarantee.rule = GuaranteeSides.RULE;
                guarantee.evidence = evidence;
                draft.guarantees.add(guarantee);
            }
            guarantee.guarantors.add(candidate.guarantor());
            guarantee.confidence = Math.max(guarantee.confidence, probabilities.get(c));
        }
    }

    /**
     * Adds to the rules' conditions of an act the term model's: each phrase the rules read no
     * term in, to which the model gives a condition type with at least the minimum probability
     * (the likelier of two overlapping phrases of one type), bound to the party the phrase names
     * or the act's default party. Where the rules read a term, theirs stands.
     */
    private void terms(LinearModel model, double minConfidence, Draft draft) {
        List<Draft.DraftCondition> chosen = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (TermCandidates.Term term : draft.terms) {
            Map.Entry<String, Double> likeliest = likeliest(model.probabilities(term.features()), type -> true);
            String best = likeliest.getKey();
            double probability = likeliest.getValue();
            if (probability < minConfidence || term.party() == null || TermCandidates.ruled(draft, term.evidence()) != null) {
                continue;
            }
            Draft.DraftCondition condition = new Draft.DraftCondition(best, term.label(), term.party(), null,
                    term.evidence(), term.rule(), probability);
            int rival = overlapping(chosen, condition);
            if (rival < 0) {
                chosen.add(condition);
                probabilities.add(probability);
            } else if (probability > probabilities.get(rival)) {
                chosen.set(rival, condition);
                probabilities.set(rival, probability);
            }
        }
        chosen.forEach(draft::addCondition);
    }

    private static int overlapping(List<Draft.DraftCondition> chosen, Draft.DraftCondition condition) {
        for (int c = 0; c < chosen.size(); c++) {
            if (chosen.get(c).type().equals(condition.type()) && chosen.get(c).evidence().overlaps(condition.evidence())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Adds to the rules' guarantees the model's: the pairs it takes for guarantor and beneficiary,
     * of which a rule binds a side (see {@link GuaranteeCandidates}), in sentences where the rules'
     * reader read none, but for a pair with a side the rules do not place whose partner the model
     * keeps with a side they do ({@link #placedPartners}); one guarantee per sentence and
     * beneficiary, held by a statement kept in that sentence. Where none is, the candidate of the
     * sentence the statement model found likeliest among those it held back holds it, with its
     * likeliest kind (a guarantee is always given, asked for or refused in some act); where there
     * is none either, the last act kept in the {@link #GUARANTEE_REACH} sentences before holds it,
     * whose terms such a sentence goes on to spell out ("The draft lists ... as guarantor
     * states"); where there is none, the guarantors' own offer in that sentence holds it ("Under
     * a 1997 accord, Italy and Greece gave Albania security assurances"), one act for all the
     * guarantors the model finds there. An act holds a guarantee only if it has an agent: one with
     * none is dropped when the statements are assembled, and the guarantee with it. Returns the
     * candidates so taken in and the offers so made.
     */
    private List<Draft> guarantee(LinearModel model, double minConfidence, List<Draft> kept, List<Draft> held) {
        List<Draft> taken = new ArrayList<>();
        Map<String, Draft.DraftGuarantee> made = new LinkedHashMap<>();
        Set<Draft> offers = new HashSet<>();
        List<Double> probabilities = pairs.stream().map(pair -> model.probabilities(pair.features()).getOrDefault(YES, 0.0)).toList();
        Set<String> placedBeneficiary = placedPartners(probabilities, minConfidence, true);
        Set<String> placedGuarantor = placedPartners(probabilities, minConfidence, false);
        for (int p = 0; p < pairs.size(); p++) {
            GuaranteeCandidates.Pair pair = pairs.get(p);
            double probability = probabilities.get(p);
            if (!pair.bound() || probability < minConfidence || readIn(kept, pair)
                    || !pair.beneficiaryPlaced() && placedBeneficiary.contains(pair.sentence() + "\t" + pair.guarantor())
                    || !pair.guarantorPlaced() && placedGuarantor.contains(pair.sentence() + "\t" + pair.beneficiary())) {
                continue;
            }
            Draft host = kept.stream().filter(d -> d.sentence == pair.sentence() && holds(d)).findFirst().orElse(null);
            if (host == null) {
                host = held.stream().filter(d -> d.sentence == pair.sentence() && holds(d))
                        .max(Comparator.comparingDouble(d -> d.confidence)).orElse(null);
                if (host != null) {
                    held.remove(host);
                    kept.add(host);
                    taken.add(host);
                }
            }
            if (host == null) {
                host = lastActBefore(kept, pair.sentence());
            }
            if (host == null) {
                host = guarantorsOffer(pair, probability);
                offers.add(host);
                kept.add(host);
                taken.add(host);
            } else if (offers.contains(host) && !host.agents.contains(pair.guarantor())) {
                host.agents.add(pair.guarantor());
                host.confidence = Math.max(host.confidence, probability);
            }
            Draft holder = host;
            Draft.DraftGuarantee guarantee = made.computeIfAbsent(pair.sentence() + "\t" + pair.beneficiary(), k -> {
                Draft.DraftGuarantee g = new Draft.DraftGuarantee();
                g.beneficiary = pair.beneficiary();
                g.explicitBeneficiary = true;
                g.rule = pair.rule();
                g.evidence = sentenceSpan(pair.sentence());
                holder.guarantees.add(g);
                return g;
            });
            guarantee.guarantors.add(pair.guarantor());
            guarantee.confidence = Math.max(guarantee.confidence, probability);
        }
        return taken;
    }

    /**
     * The sides (sentence and key, with a tab) of which the model keeps a pair, at the pairs'
     * {@code probabilities}, whose other side the rules place: guarantors with a placed beneficiary where {@code beneficiaries} is true,
     * else beneficiaries with a placed guarantor. Such a side is secured by, or secures, whom the
     * rules place: "Riyadh asked Washington for security guarantees as its price for ties with
     * Israel" names Israel, but no rule puts it where a beneficiary stands, so the pair of
     * Washington and Israel, however likely the model finds it, is not kept beside that of
     * Washington and Riyadh; nor, where a rule makes U.S. forces Taiwan's defenders against an
     * attack by China, is China Taiwan's guarantor.
     */
    private Set<String> placedPartners(List<Double> probabilities, double minConfidence, boolean beneficiaries) {
        Set<String> sides = new HashSet<>();
        for (int p = 0; p < pairs.size(); p++) {
            GuaranteeCandidates.Pair pair = pairs.get(p);
            boolean placed = beneficiaries ? pair.beneficiaryPlaced() : pair.guarantorPlaced();
            if (pair.bound() && placed && probabilities.get(p) >= minConfidence) {
                sides.add(pair.sentence() + "\t" + (beneficiaries ? pair.guarantor() : pair.beneficiary()));
            }
        }
        return sides;
    }

    /** The last act kept in the {@link #GUARANTEE_REACH} sentences before a sentence that may hold a guarantee, null where none is. */
    private static Draft lastActBefore(List<Draft> kept, int sentence) {
        return kept.stream().filter(d -> d.sentence < sentence && d.sentence >= sentence - GUARANTEE_REACH && holds(d))
                .max(Comparator.comparingInt(d -> d.sentence)).orElse(null);
    }

    /** The guarantor's offer of the guarantee a pair tells of, in the pair's sentence, by the pair's rule. */
    private Draft guarantorsOffer(GuaranteeCandidates.Pair pair, double probability) {
        Draft offer = new Draft();
        offer.kind = StatementKind.OFFER;
        offer.cameoCode = StatementKind.OFFER.defaultCameoCode();
        offer.agents.add(pair.guarantor());
        offer.confidence = probability;
        offer.sentence = pair.sentence();
        offer.evidence = sentenceSpan(pair.sentence());
        offer.rule = pair.rule();
        return offer;
    }

    /** Whether an act may hold a guarantee the pair model finds: one with an agent, not denied, and no group's extension. */
    private static boolean holds(Draft draft) {
        return !draft.agents.isEmpty() && !draft.negated && !draft.extension;
    }

    /** Whether the rules' guarantee reader read a guarantee in the pair's sentence, which it then speaks for. */
    private static boolean readIn(List<Draft> kept, GuaranteeCandidates.Pair pair) {
        return kept.stream().filter(d -> d.sentence == pair.sentence()).flatMap(d -> d.guarantees.stream())
                .anyMatch(g -> g.rule == null);
    }
}
