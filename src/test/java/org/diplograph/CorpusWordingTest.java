package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository says things in its own words. A rule, a lexicon's comment, a test or a fixture
 * that quotes an evaluation article is fitted to that article, and a README that quotes dev is
 * written from it; the evaluation folder (../shared/eval, train and dev) stays outside. So no
 * file of ours holds a run of {@value #RUN} words that one evaluation article alone has. A run
 * several articles share is common news wording, and a run the article mostly capitalises is a
 * name ("the Organisation for Security and Co-operation in Europe"): neither is a quotation. Nor
 * is a fenced block of the README, which shows what a command prints, evidence quotes included.
 */
class CorpusWordingTest {

    /**
     * Words in a row that make a quotation. Six-word runs of plain wire wording ("foreign ministry
     * said in a statement") recur by chance between our fixtures and single articles; of the
     * seven-word runs shared with one article when this test was written, all but one were
     * quotations, and that one was reworded too.
     */
    private static final int RUN = 7;
    /** A run of which the article capitalises at least this many words is a name. */
    private static final int NAME_CAPITALS = 4;

    private static final List<Path> OWN = List.of(Path.of("src/main/java"), Path.of("src/main/resources"),
            Path.of("src/test/java"), Path.of("src/test/resources"), Path.of("spark/src"), Path.of("ontology"),
            Path.of("queries"), Path.of("examples"), Path.of("gazetteer"), Path.of("README.md"));
    /** Learned weights: one word a feature, no prose. */
    private static final Path MODELS = Path.of("src/main/resources/org/diplograph/extract/models");
    private static final Set<String> TEXT = Set.of("java", "rules", "txt", "tsv", "ttl", "trig", "nq", "json", "jsonl",
            "jsonld", "rq", "md", "html");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9']+");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");

    @Test
    void noFileOfOursQuotesARunOfWordsThatOnlyOneEvaluationArticleHas() throws IOException {
        Map<String, String> articles = new TreeMap<>();
        for (Path folder : List.of(SharedFolder.train(), SharedFolder.dev())) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    articles.put(folder.getFileName() + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, String> ownRuns = ownRuns(articles);
        Map<String, Set<String>> quoted = new TreeMap<>();
        for (Path file : ownFiles()) {
            Set<String> found = quotations(ownRuns, read(file));
            if (!found.isEmpty()) {
                quoted.put(file.toString(), found);
            }
        }
        assertTrue(quoted.isEmpty(), () -> "runs of " + RUN + " words that only one evaluation article has, by file "
                + "(say it in other words):\n" + quoted.entrySet().stream()
                        .map(e -> e.getKey() + "\n    " + String.join("\n    ", e.getValue()))
                        .collect(Collectors.joining("\n")));
    }

    @Test
    void aRunOfOneArticleIsAQuotationWhereCommonWordingAndNamesAreNot() {
        Map<String, String> articles = Map.of(
                "a.txt", "The envoy said the talks would resume in the spring if the guns stayed silent.",
                "b.txt", "A spokesman said the talks would resume in the spring at the latest.",
                "c.txt", "The Collective Security Treaty Organisation of Eurasian States met in Minsk.");
        Map<String, String> runs = ownRuns(articles);
        Set<String> quoted = quotations(runs, """
                // "resume in the spring if the guns stayed silent": a condition of the talks
                // "said the talks would resume in the spring" is said in two articles
                // the Collective Security Treaty Organisation of Eurasian States is a name
                """);
        assertEquals(Set.of("\"resume in the spring if the guns\" (a.txt)", "\"in the spring if the guns stayed\" (a.txt)",
                "\"the spring if the guns stayed silent\" (a.txt)"), quoted);
    }

    /** The runs of {@link #RUN} words, lower-cased, that one article alone has, each with that article. */
    private static Map<String, String> ownRuns(Map<String, String> articles) {
        Map<String, String> only = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, String> article : articles.entrySet()) {
            List<String> words = words(article.getValue());
            Set<String> ofArticle = new HashSet<>();
            for (int i = 0; i + RUN <= words.size(); i++) {
                List<String> run = words.subList(i, i + RUN);
                String key = String.join(" ", run).toLowerCase();
                if (run.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count() >= NAME_CAPITALS) {
                    names.add(key);
                }
                if (ofArticle.add(key) && only.putIfAbsent(key, article.getKey()) != null) {
                    shared.add(key);
                }
            }
        }
        only.keySet().removeAll(shared);
        only.keySet().removeAll(names);
        return only;
    }

    /** The runs of {@code text} that {@code runs} gives to one article, as "run" (article). */
    private static Set<String> quotations(Map<String, String> runs, String text) {
        List<String> words = words(text.toLowerCase());
        Set<String> found = new TreeSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            String key = String.join(" ", words.subList(i, i + RUN));
            String article = runs.get(key);
            if (article != null) {
                found.add("\"" + key + "\" (" + article + ")");
            }
        }
        return found;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<Path> ownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : OWN) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(MODELS))
                        .filter(f -> TEXT.contains(suffix(f))).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String suffix(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** A file's text; of a Markdown file, its prose, without the fenced blocks that show a command's output. */
    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return suffix(file).equals("md") ? FENCE.matcher(text).replaceAll("") : text;
    }
}
