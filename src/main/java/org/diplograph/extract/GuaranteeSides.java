package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guarantee candidates of a decided statement whose sentence names a guarantee cue: every
 * ordered pair of its sides (see {@link StatementSides}) as a would-be guarantor and
 * beneficiary, with what the guarantee model reads of the pair: the roles of each side ("own",
 * "concerned", "named"...), their places in the parse, the statement's kind and trigger, the
 * cues and the sentence's words, how many sides the statement has, whether each of the two is
 * one of the article's principal parties, and whether the rules' guarantee reader paired them
 * already.
 */
final class GuaranteeSides {

    /** The rule id of a guarantor the guarantee model adds. */
    static final String RULE = "guarantee-sides";
    /** A would-be guarantor and beneficiary, by key, and what the model reads of them. */
    record Candidate(String guarantor, String beneficiary, List<String> features) {
    }

    private GuaranteeSides() {
    }

    static List<Candidate> of(Draft draft, ParsedSentence sentence, StatementSides sides, Lexicon lexicon) {
        Set<String> cues = new TreeSet<>();
        for (int t = 0; t < sentence.size(); t++) {
            if (lexicon.isGuaranteeCue(sentence.lemma(t))) {
                cues.add(sentence.lemma(t));
            }
        }
        if (cues.isEmpty() && draft.guarantees.isEmpty()) {
            return List.of();
        }
        String kind = draft.kind.localName();
        String trigger = draft.trigger >= 0 ? sentence.lemma(draft.trigger) : "none";
        String band = sides.actorSidesBand();
        List<Candidate> candidates = new ArrayList<>();
        for (String guarantor : sides.roles().keySet()) {
            if (!sentence.linked.isActor(guarantor)) {
                continue;
            }
            for (String beneficiary : sides.roles().keySet()) {
                if (beneficiary.equals(guarantor) || !sentence.linked.isEntity(beneficiary)) {
                    continue;
                }
                String g = sides.joinedRoles(guarantor);
                String b = sides.joinedRoles(beneficiary);
                String ruled = ruled(draft.guarantees, guarantor, beneficiary);
                List<String> f = new ArrayList<>();
                f.add("kind=" + kind);
                f.add("trigger=" + trigger);
                f.add("ruled=" + ruled);
                f.add("sides=" + band);
                f.add("principals=" + sides.isPrincipalParty(guarantor) + "+" + sides.isPrincipalParty(beneficiary));
                f.add("g=" + g);
                f.add("b=" + b);
                f.add("g+b=" + g + "|" + b);
                f.add("kind+g+b=" + kind + "|" + g + "|" + b);
                f.add("ruled+g+b=" + ruled + "|" + g + "|" + b);
                for (String role : sides.roles().get(guarantor)) {
                    f.add("kind+gRole=" + kind + "+" + role);
                }
                for (String role : sides.roles().get(beneficiary)) {
                    f.add("kind+bRole=" + kind + "+" + role);
                }
                sides.relationsOf(guarantor).forEach(r -> f.add("gRel=" + r));
                sides.relationsOf(beneficiary).forEach(r -> f.add("bRel=" + r));
                for (String cue : cues) {
                    f.add("cue=" + cue);
                    f.add("cue+kind=" + cue + "+" + kind);
                }
                sides.words().forEach(w -> f.add("w=" + w));
                candidates.add(new Candidate(guarantor, beneficiary, f));
            }
        }
        return candidates;
    }

    /**
     * Whether guarantees already read name this pair ("pair"), this guarantor for another
     * ("guarantor"), this beneficiary ("beneficiary"), or neither ("none").
     */
    static String ruled(List<Draft.DraftGuarantee> guarantees, String guarantor, String beneficiary) {
        String found = "none";
        for (Draft.DraftGuarantee guarantee : guarantees) {
            boolean isGuarantor = guarantee.guarantors.contains(guarantor);
            boolean isBeneficiary = beneficiary.equals(guarantee.beneficiary);
            if (isGuarantor && isBeneficiary) {
                return "pair";
            }
            if (isGuarantor) {
                found = "guarantor";
            } else if (isBeneficiary && found.equals("none")) {
                found = "beneficiary";
            }
        }
        return found;
    }
}
