package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.DataFiles;
import org.diplograph.WordClasses;

/**
 * The clause rules of {@code statement-clauses.rules}: named patterns over the dependency parse
 * (CoreNLP's Semgrex) that propose a clause as a candidate statement of a kind, each with an
 * anchor over the tokens (CoreNLP's TokensRegex) that says, before any parse, whether the rule
 * can fire in a sentence, and an example sentence it fires on. Word classes are written
 * {@code &NAME}: the classes of {@link WordClasses}, defined once there and spelled out into both
 * pattern languages. Immutable once loaded; one instance serves every thread (each match makes
 * its own matcher).
 *
 * <p>The file is a sequence of rules separated by blank lines:
 * <pre>
 * rule     intention
 * kind     Offer
 * agent    subject
 * anchor   [{lemma:&amp;INTENTION}]
 * pattern  {tag:/VB.*&#47;}=act &gt;aux {lemma:&amp;INTENTION}
 * example  The government would free the prisoners within a week.
 * </pre>
 * The pattern names the clause's head {@code act}; the candidate's trigger is that word.
 */
public final class ClauseRules {

    /** The resource beside this class that holds the bundled rules. */
    public static final String FILE = "statement-clauses.rules";
    /** The prefix of a clause rule's id as facts name it ({@code dip:extractedBy}). */
    public static final String SOURCE = "clauses";

    private static final Set<String> FIELDS = Set.of("rule", "kind", "agent", "anchor", "pattern", "example");

    /** Whose act a rule's clause is. */
    public enum Agent {
        /** The clause's subject speaks for itself: "Moscow would resume its part". */
        SUBJECT,
        /**
         * Whoever reports the clause, where a reporting verb frames it: "Russia has to withdraw,
         * the minister said" is the minister's demand, and its subject the side asked. A clause no
         * verb reports goes to its subject, as {@link #SUBJECT}.
         */
        SPEAKER;

        /** The agent a rule file names ("subject", "speaker"), in any case. */
        public static Agent fromName(String name) {
            for (Agent agent : values()) {
                if (agent.name().equalsIgnoreCase(name)) {
                    return agent;
                }
            }
            throw new IllegalArgumentException("agent must be one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ", but was: " + name);
        }
    }

    /**
     * One rule.
     *
     * @param name    its name, unique in the file
     * @param kind    the kind of statement it proposes
     * @param agent   whose act the clause is
     * @param anchor  what a sentence's tokens must hold for it to fire
     * @param pattern what it matches in the parse, naming the clause's head {@code act}
     * @param example a sentence it fires on
     */
    public record Rule(String name, StatementKind kind, Agent agent, TokenSequencePattern anchor, SemgrexPattern pattern,
                       String example) {

        /** The rule's id as facts name it ("clauses:intention"). */
        public String id() {
            return SOURCE + ":" + name;
        }
    }

    /**
     * A clause a rule proposes.
     *
     * @param rule the rule
     * @param act  the index of the clause's head among the sentence's tokens (from 0)
     */
    public record Match(Rule rule, int act) {
    }

    private final List<Rule> rules;
    private final RuleFile.Anchors anchors;

    private ClauseRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.anchors = new RuleFile.Anchors(rules.stream().map(Rule::anchor).toList());
    }

    /** The rules bundled with diplograph, read once. */
    public static ClauseRules bundled() {
        return Bundled.RULES;
    }

    /** Holds the bundled rules, read when first asked for. */
    private static final class Bundled {
        static final ClauseRules RULES = parse(FILE, DataFiles.numberedLines(ClauseRules.class, FILE), WordClasses.bundled());
    }

    /**
     * Reads rules from the lines of a rule file, blank and comment lines gone, each with its number
     * in the file ({@code source} names the file in errors): a rule is the run of lines from one
     * {@code rule} line to the next; its {@code &NAME}s are classes of {@code classes}.
     */
    static ClauseRules parse(String source, List<DataFiles.Line> lines, WordClasses classes) {
        List<Rule> rules = new ArrayList<>();
        for (RuleFile.Block block : RuleFile.blocks(source, lines, FIELDS)) {
            StatementKind kind;
            Agent agent;
            try {
                kind = StatementKind.fromLocalName(block.get("kind"));
                agent = Agent.fromName(block.get("agent"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(block.where() + ": " + e.getMessage(), e);
            }
            rules.add(new Rule(block.name(), kind, agent, RuleFile.anchor(block, "anchor", classes),
                    RuleFile.pattern(block, "pattern", classes, "act"), block.get("example")));
        }
        return new ClauseRules(rules);
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
     * What the rules propose in a parsed sentence: for each clause head, the first rule that
     * matches it. A rule whose anchor begins with lemmas the
     * sentence lacks is passed over; the anchors themselves are not run again.
     */
    public List<Match> matches(SemanticGraph graph) {
        List<Match> found = new ArrayList<>();
        if (graph == null || graph.isEmpty()) {
            return found;
        }
        Set<Integer> heads = new TreeSet<>();
        for (Rule rule : anchors.mayMatch(rules, graph)) {
            SemgrexMatcher matcher = rule.pattern().matcher(graph);
            while (matcher.find()) {
                IndexedWord act = matcher.getNode("act");
                if (act != null && heads.add(act.index() - 1)) {
                    found.add(new Match(rule, act.index() - 1));
                }
            }
        }
        return found;
    }
}
