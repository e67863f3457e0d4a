package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.DataFiles;
import org.diplograph.WordClasses;

/**
 * The guarantee rules of {@code guarantees.rules}: named Semgrex patterns that say where in a
 * sentence's dependency parse the guarantor ({@code g}) or the beneficiary ({@code b}) of a
 * security guarantee may stand, beside the word that tells of it ({@code cue}), each with a
 * TokensRegex anchor (whether it can fire, before any parse) and an example sentence. They make no
 * guarantee themselves: they tell the guarantee model where each side of a candidate pair stands.
 * Immutable once loaded; one instance serves every thread.
 */
public final class GuaranteeRules {

    /** The resource beside this class that holds the bundled rules. */
    public static final String FILE = "guarantees.rules";
    /** The prefix of a guarantee rule's id. */
    public static final String SOURCE = "guarantees";

    private static final Set<String> FIELDS = Set.of("rule", "anchor", "pattern", "example");

    /**
     * One rule.
     *
     * @param name    its name, unique in the file
     * @param anchor  what a sentence's tokens must hold for it to fire
     * @param pattern what it matches in the parse: {@code cue}, and {@code g} or {@code b} or both
     * @param example a sentence it binds a side in
     */
    public record Rule(String name, TokenSequencePattern anchor, SemgrexPattern pattern, String example) {

        /** The rule's id ("guarantees:protector"). */
        public String id() {
            return SOURCE + ":" + name;
        }
    }

    /**
     * What a rule binds in a sentence, each a token index (from 0), or -1 where the rule binds none.
     *
     * @param rule        the rule
     * @param cue         the word that tells of the guarantee
     * @param guarantor   the guarantor's word
     * @param beneficiary the beneficiary's word
     */
    public record Match(Rule rule, int cue, int guarantor, int beneficiary) {
    }

    private final List<Rule> rules;
    private final RuleFile.Anchors anchors;

    private GuaranteeRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.anchors = new RuleFile.Anchors(rules.stream().map(Rule::anchor).toList());
    }

    /** The rules bundled with diplograph, read once. */
    public static GuaranteeRules bundled() {
        return Bundled.RULES;
    }

    /** Holds the bundled rules, read when first asked for. */
    private static final class Bundled {
        static final GuaranteeRules RULES = parse(FILE, DataFiles.numberedLines(GuaranteeRules.class, FILE), WordClasses.bundled());
    }

    /** Reads rules from the numbered lines of a rule file ({@code source} names it in errors). */
    static GuaranteeRules parse(String source, List<DataFiles.Line> lines, WordClasses classes) {
        List<Rule> rules = new ArrayList<>();
        for (RuleFile.Block block : RuleFile.blocks(source, lines, FIELDS)) {
            SemgrexPattern pattern = RuleFile.pattern(block, "pattern", classes, "cue");
            if (!RuleFile.names(pattern, "g") && !RuleFile.names(pattern, "b")) {
                throw new IllegalStateException(block.where() + ": the pattern names neither a guarantor 'g' nor a beneficiary 'b'");
            }
            rules.add(new Rule(block.name(), RuleFile.anchor(block, "anchor", classes), pattern, block.get("example")));
        }
        return new GuaranteeRules(rules);
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Whether the anchor of some rule finds its tokens in a sentence: only then may a rule fire there. */
    public boolean anchored(List<CoreLabel> tokens) {
        return anchors.find(tokens);
    }

    /**
     * What every rule binds in a parsed sentence, each binding once. A rule whose anchor
     * begins with lemmas the sentence lacks is passed over; the anchors themselves are not run again.
     */
    public List<Match> matches(SemanticGraph graph) {
        Set<Match> found = new LinkedHashSet<>();
        if (graph == null || graph.isEmpty()) {
            return List.of();
        }
        for (Rule rule : anchors.mayMatch(rules, graph)) {
            SemgrexMatcher matcher = rule.pattern().matcher(graph);
            while (matcher.find()) {
                found.add(new Match(rule, index(matcher.getNode("cue")), index(matcher.getNode("g")), index(matcher.getNode("b"))));
            }
        }
        return List.copyOf(found);
    }

    private static int index(IndexedWord word) {
        return word == null ? -1 : word.index() - 1;
    }
}
