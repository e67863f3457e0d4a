package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.DataFiles;
import org.diplograph.WordClasses;

/**
 * The reader the rule files of the extract stage share: a rule is a block of {@code field value}
 * lines from its {@code rule NAME} line to the next; patterns are CoreNLP's own languages
 * (TokensRegex over tokens, Semgrex over the dependency parse) in which {@code &NAME} is a word
 * class of {@link WordClasses}, spelled out as {@code /w1|w2|.../}. Errors name the file, the
 * rule and its line.
 */
final class RuleFile {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");
    private static final Pattern CLASS_USE = Pattern.compile("&[A-Z][A-Z0-9_]*");

    /**
     * The fields of one rule as written.
     *
     * @param source the file it is read from
     * @param line   the number of its {@code rule} line in the file
     * @param fields its fields by name, in file order
     */
    record Block(String source, int line, Map<String, String> fields) {

        String name() {
            return fields.get("rule");
        }

        String get(String field) {
            return fields.get(field);
        }

        /** Where the rule is, for errors: "file rule NAME (line N)". */
        String where() {
            return source + " rule " + name() + " (line " + line + ")";
        }
    }

    private RuleFile() {
    }

    /**
     * The rules of a file's lines (blank and comment lines gone, each with its number in the file),
     * each holding every one of {@code fields} (one of which is {@code rule}), no other and none twice;
     * no two rules share a name.
     */
    static List<Block> blocks(String source, List<DataFiles.Line> lines, Set<String> fields) {
        List<Block> blocks = new ArrayList<>();
        Map<String, String> current = null;
        int at = 0;
        for (DataFiles.Line line : lines) {
            String text = line.text().strip();
            String field = text.split("\\s+", 2)[0];
            if (!fields.contains(field)) {
                throw new IllegalStateException(source + " line " + line.number() + ": expected one of " + new TreeSet<>(fields)
                        + ", but was: " + text);
            }
            if (field.equals("rule")) {
                if (current != null) {
                    blocks.add(complete(source, at, current, fields));
                }
                current = new LinkedHashMap<>();
                at = line.number();
            } else if (current == null) {
                throw new IllegalStateException(source + " line " + line.number() + ": " + field + " outside a rule");
            }
            if (current.put(field, text.substring(field.length()).strip()) != null) {
                throw new IllegalStateException(source + " line " + line.number() + ": a second " + field + " in one rule");
            }
        }
        if (current != null) {
            blocks.add(complete(source, at, current, fields));
        }
        Set<String> names = new TreeSet<>();
        for (Block block : blocks) {
            if (!names.add(block.name())) {
                throw new IllegalStateException(source + ": two rules are named " + block.name());
            }
        }
        return blocks;
    }

    private static Block complete(String source, int line, Map<String, String> fields, Set<String> required) {
        for (String field : new TreeSet<>(required)) {
            if (fields.getOrDefault(field, "").isEmpty()) {
                throw new IllegalStateException(source + " line " + line + ": rule " + fields.getOrDefault("rule", "")
                        + " has no " + field);
            }
        }
        return new Block(source, line, fields);
    }

    /** The block's field {@code field} as a TokensRegex pattern. */
    static TokenSequencePattern anchor(Block block, String field, WordClasses classes) {
        try {
            return TokenSequencePattern.compile(expand(block, block.get(field), classes));
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException(block.where() + ": the " + field + " is no TokensRegex pattern: " + e.getMessage(), e);
        }
    }

    /** The block's field {@code field} as a Semgrex pattern that names at least the nodes {@code nodes}. */
    static SemgrexPattern pattern(Block block, String field, WordClasses classes, String... nodes) {
        SemgrexPattern pattern;
        try {
            pattern = SemgrexPattern.compile(expand(block, block.get(field), classes));
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException(block.where() + ": the " + field + " is no Semgrex pattern: " + e.getMessage(), e);
        }
        for (String node : nodes) {
            if (!names(pattern, node)) {
                throw new IllegalStateException(block.where() + ": the " + field + " names no node '" + node + "'");
            }
        }
        return pattern;
    }

    /**
     * The anchors of a rule file, for the parse cascade to ask whether any finds its tokens in a
     * sentence. An anchor that begins with a token of given lemmas ({@code [{lemma:/a|b/}]}, as a
     * word class is spelled out) is run only where the sentence holds one of them: a set lookup
     * per token costs less than a TokensRegex matcher, and most sentences hold none.
     */
    static final class Anchors {

        /** The first token of an anchor, where it asks for one lemma or one of several. */
        private static final Pattern FIRST_LEMMAS = Pattern.compile("^\\[\\{lemma:(?:/([^/]+)/|([\\p{L}\\p{N}'-]+))(?:;[^}]*)?\\}\\]");

        private final List<TokenSequencePattern> patterns;
        /** For each pattern, the lemmas its first token may have, or null where it begins otherwise. */
        private final List<Set<String>> firstLemmas;

        Anchors(List<TokenSequencePattern> patterns) {
            this.patterns = List.copyOf(patterns);
            List<Set<String>> first = new ArrayList<>();
            for (TokenSequencePattern pattern : patterns) {
                first.add(firstLemmas(pattern.pattern().strip()));
            }
            this.firstLemmas = Collections.unmodifiableList(first);
        }

        /** The lemmas an anchor's first token may have; null where it begins otherwise or with a regular expression. */
        private static Set<String> firstLemmas(String anchor) {
            Matcher m = FIRST_LEMMAS.matcher(anchor);
            if (!m.find()) {
                return null;
            }
            List<String> words = List.of((m.group(1) != null ? m.group(1) : m.group(2)).split("\\|"));
            return words.stream().allMatch(word -> WORD.matcher(word).matches()) ? Set.copyOf(words) : null;
        }

        /** Whether one of the anchors finds its tokens in a sentence. */
        boolean find(List<CoreLabel> tokens) {
            Set<String> lemmas = new HashSet<>();
            for (CoreLabel token : tokens) {
                lemmas.add(token.lemma());
            }
            for (int a = 0; a < patterns.size(); a++) {
                if (mayFind(a, lemmas) && patterns.get(a).getMatcher(tokens).find()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether anchor {@code a} may find a sentence whose words have these lemmas: false only
         * where it begins with lemmas the sentence lacks. A rule's anchor finds every sentence its
         * pattern can match in, so where this is false the pattern need not be run either.
         */
        boolean mayFind(int a, Set<String> lemmas) {
            Set<String> first = firstLemmas.get(a);
            return first == null || !Collections.disjoint(first, lemmas);
        }

        /**
         * Of a file's rules, in order and one for each anchor, those whose anchors may find a parsed
         * sentence: the only ones whose patterns can match in it.
         */
        <R> List<R> mayMatch(List<R> rules, SemanticGraph graph) {
            Set<String> lemmas = new HashSet<>();
            for (IndexedWord word : graph.vertexSet()) {
                lemmas.add(word.lemma());
            }
            List<R> possible = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                if (mayFind(r, lemmas)) {
                    possible.add(rules.get(r));
                }
            }
            return possible;
        }
    }

    /** Whether a Semgrex pattern names a node. */
    static boolean names(SemgrexPattern pattern, String node) {
        return Pattern.compile("=" + Pattern.quote(node) + "(?![\\w])").matcher(pattern.toString()).find();
    }

    /** The text with each {@code &NAME} spelled out as the regular expression of its words ({@code /w1|w2/}). */
    private static String expand(Block block, String text, WordClasses classes) {
        Matcher m = CLASS_USE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Set<String> words;
            try {
                words = classes.get(m.group());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(block.where() + ": " + e.getMessage(), e);
            }
            for (String word : words) {
                if (!WORD.matcher(word).matches()) {
                    throw new IllegalStateException(block.where() + ": word class " + m.group()
                            + " may hold letters, digits, apostrophes and hyphens only to be a pattern, but had: " + word);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement("/" + String.join("|", words) + "/"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
