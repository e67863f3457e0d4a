package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A statement while the extractor builds and consolidates it; keys stand for entities. */
final class Draft {

    /**
     * A condition while it is built: type, label, party and object keys, evidence; the rule
     * that proposed it and its own confidence where a model decided it (null and -1 where the
     * condition reader did, whose conditions take their statement's).
     */
    record DraftCondition(String type, String label, String party, String object, Span evidence, String rule, double confidence) {

        DraftCondition(String type, String label, String party, String object, Span evidence) {
            this(type, label, party, object, evidence, null, -1);
        }

        boolean sameTerm(DraftCondition other) {
            boolean otherPlace = object != null && other.object != null && !object.equals(other.object);
            return type.equals(other.type) && Objects.equals(party, other.party) && !otherPlace
                    && (!type.equals("Other") || Objects.equals(label, other.label));
        }
    }

    /** A guarantee while it is built; anaphoric when its guarantors were named earlier ("the group"). */
    static final class DraftGuarantee {
        final Set<String> guarantors = new LinkedHashSet<>();
        String beneficiary;
        Span evidence;
        boolean anaphoric;
        boolean explicitBeneficiary;
        /** The rule and confidence where a model decided the guarantee; null and -1 where the guarantee reader did. */
        String rule;
        double confidence = -1;
    }

    StatementKind kind;
    final List<String> agents = new ArrayList<>();
    final Set<String> concerns = new LinkedHashSet<>();
    Attribution attribution = Attribution.REPORTED_SPEECH;
    Modality modality = Modality.ASSERTION;
    boolean negated;
    java.time.LocalDate statedOn;
    double confidence;
    String cameoCode;
    Span evidence;
    int sentence;
    final List<DraftCondition> conditions = new ArrayList<>();
    /** An act told again apart from the first telling: counted, but its terms are the first's. */
    boolean bare;
    final List<DraftGuarantee> guarantees = new ArrayList<>();
    /** An extension only adds guarantors to an earlier guarantee and is never a statement of its own. */
    boolean extension;
    /** Content only spells out terms of an agreement reported before it; its conditions join that statement. */
    boolean content;
    /** Content that is an item of a list ({@link ListItems}): the terms of the act that opened the list, whatever its kind. */
    boolean listed;
    /** The act concerns an agreement, plan or deal, whose terms later sentences may spell out. */
    boolean aboutDocument;
    /** The act is named by the document itself ("a plan brokered by X"). */
    boolean documentTrigger;
    /** The token whose rule proposed the act, or -1 where the act has no trigger of its own. */
    int trigger = -1;
    /** The rule id of a draft of a document's terms, which a sentence spells out without an act of its own. */
    static final String DOCUMENT_CONTENT_RULE = "document-content";
    /** The rule id of a draft that adds guarantors to a guarantee named before ("the group could also include"). */
    static final String GROUP_EXTENSION_RULE = "group-extension";

    /** The id of the rule that proposed the act, written as its dip:extractedBy. */
    String rule = "";
    /** The phrases of the act's region that may be its terms, which a term model decides on. */
    final List<TermCandidates.Term> terms = new ArrayList<>();
    /** A clause rule proposed the act by its form, not by a word of the lexicon: a model may give it any kind. */
    boolean anyKind;
    /**
     * The act is read from the form of a clause (a clause rule, or a modal under a reporting verb)
     * rather than from a word that names an act, so it may spell out an act its side made before.
     */
    boolean toldByForm;
    /** A rule's gate held the act back ("inside a condition", "a topic"); only a model may keep it. */
    boolean gated;
    /** What the statement model reads of the act: the rule, the trigger's words and syntax, modality, attribution. */
    final List<String> features = new ArrayList<>();
    /** Sides the act's sentence names as brokers of the deal ("a Russian-brokered deal"), not sides of it. */
    final Set<String> brokers = new LinkedHashSet<>();

    /**
     * Adds a condition unless this one is already here. Two terms of one sentence are two
     * conditions even of one type and party ("cap enrichment and cut the stockpile"): a
     * condition is a repeat only when its term is one already read.
     */
    void addCondition(DraftCondition condition) {
        for (DraftCondition existing : conditions) {
            if (existing.sameTerm(condition) && (existing.evidence() == null || condition.evidence() == null
                    || existing.evidence().equals(condition.evidence()))) {
                return;
            }
        }
        conditions.add(condition);
    }

    /**
     * Adds the conditions of the same act told again elsewhere: each of them restates one of
     * this draft's conditions of its type and party where it can, and only those beyond are new.
     */
    void mergeConditions(List<DraftCondition> told) {
        List<DraftCondition> unmatched = new ArrayList<>(conditions);
        for (DraftCondition condition : told) {
            DraftCondition restated = null;
            for (DraftCondition existing : unmatched) {
                if (existing.sameTerm(condition)) {
                    restated = existing;
                    break;
                }
            }
            if (restated != null) {
                unmatched.remove(restated);
            } else {
                conditions.add(condition);
            }
        }
    }
}
