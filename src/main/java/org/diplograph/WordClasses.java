package org.diplograph;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word classes that the rules of extraction and linking test tokens against, each
 * defined once in {@value #FILE} beside this class rather than as a set of words in the
 * rule's code. A line {@code &ABIDE = &HONOUR abide observe uphold} defines the class
 * {@code &ABIDE} as its words and the words of each class it names, which must be defined
 * on a line above it; {@code #} starts a comment line. Words are compared as the
 * rule reads the token (most rules read lower-cased lemmas), so the file keeps their case.
 * Immutable and thread-safe; the file is checked as a whole when it is read.
 */
public final class WordClasses {

    /** The file of the bundled word classes, beside this class. */
    public static final String FILE = "word-classes.txt";

    private static final Pattern NAME = Pattern.compile("&[A-Z][A-Z0-9_]*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String source;
    private final Map<String, Set<String>> classes;

    private WordClasses(String source, Map<String, Set<String>> classes) {
        this.source = source;
        this.classes = Collections.unmodifiableMap(classes);
    }

    /** The word classes bundled with diplograph, read and checked once. */
    public static WordClasses bundled() {
        return Bundled.CLASSES;
    }

    /** Reads the bundled file when it is first asked for. */
    private static final class Bundled {
        static final WordClasses CLASSES = parse(WordClasses.class.getPackageName().replace('.', '/') + "/" + FILE,
                DataFiles.numberedLines(WordClasses.class, FILE));
    }

    /**
     * The word classes of a file's text; {@code source} names the file in error messages.
     *
     * @throws IllegalStateException naming the file, the line and the reason when a line is not
     *     {@code &NAME = words}, defines a class again or without words, lists a word twice, or
     *     names a class not defined above it
     */
    public static WordClasses parse(String source, String text) {
        if (source == null) {
            throw new IllegalArgumentException("source must not be null");
        }
        if (text == null) {
            throw new IllegalArgumentException("text of " + source + " must not be null");
        }
        return parse(source, DataFiles.numberedLines(text));
    }

    private static WordClasses parse(String source, List<DataFiles.Line> lines) {
        Map<String, Integer> definedAt = new LinkedHashMap<>();
        for (DataFiles.Line line : lines) {
            String name = nameOf(source, line);
            Integer first = definedAt.putIfAbsent(name, line.number());
            if (first != null) {
                throw error(source, line, name + " is defined again; it is defined at line " + first);
            }
        }
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        for (DataFiles.Line line : lines) {
            String name = nameOf(source, line);
            String[] members = SPACE.split(line.text().substring(line.text().indexOf('=') + 1).strip());
            if (members.length == 1 && members[0].isEmpty()) {
                throw error(source, line, name + " has no words");
            }
            Set<String> included = new HashSet<>();
            for (String member : members) {
                if (member.startsWith("&")) {
                    included.addAll(included(source, line, name, member, classes, definedAt));
                }
            }
            Set<String> words = new LinkedHashSet<>();
            Set<String> listed = new HashSet<>();
            for (String member : members) {
                if (member.startsWith("&")) {
                    words.addAll(classes.get(member));
                    continue;
                }
                if (member.contains("=")) {
                    throw error(source, line, "'" + member + "' is not a word: a line is '&NAME = words'");
                }
                if (!listed.add(member)) {
                    throw error(source, line, name + " lists '" + member + "' twice");
                }
                if (included.contains(member)) {
                    throw error(source, line, name + " lists '" + member + "', which a class it includes has already");
                }
                words.add(member);
            }
            classes.put(name, Collections.unmodifiableSet(words));
        }
        return new WordClasses(source, classes);
    }

    /** The name a line defines, checked: "&" and capital letters, digits or underscores, then "=". */
    private static String nameOf(String source, DataFiles.Line line) {
        int equals = line.text().indexOf('=');
        if (equals < 0) {
            throw error(source, line, "a line is '&NAME = words', but this one has no '='");
        }
        String name = line.text().substring(0, equals).strip();
        if (!NAME.matcher(name).matches()) {
            throw error(source, line, "'" + name + "' is not a class name: '&' and capital letters, digits or underscores");
        }
        return name;
    }

    private static Set<String> included(String source, DataFiles.Line line, String name, String member,
            Map<String, Set<String>> above, Map<String, Integer> definedAt) {
        if (!NAME.matcher(member).matches()) {
            throw error(source, line, "'" + member + "' is not a class name: '&' and capital letters, digits or underscores");
        }
        Set<String> words = above.get(member);
        if (words != null) {
            return words;
        }
        Integer at = definedAt.get(member);
        if (at == null) {
            throw error(source, line, name + " includes " + member + ", which is not defined");
        }
        throw error(source, line, name + " includes " + member + ", which is defined only below, at line " + at
                + "; a class is defined above the classes that include it");
    }

    private static IllegalStateException error(String source, DataFiles.Line line, String reason) {
        return new IllegalStateException(source + ":" + line.number() + ": " + reason);
    }

    /**
     * The words of a class, its own and those of the classes it includes, in the order the file
     * lists them.
     *
     * @throws IllegalArgumentException naming the class and the file when the file does not define it
     */
    public Set<String> get(String name) {
        Set<String> words = classes.get(name);
        if (words == null) {
            throw new IllegalArgumentException("word class " + name + " is not defined in " + source
                    + (name != null && !name.startsWith("&") ? " (class names start with '&')" : ""));
        }
        return words;
    }

    /** The names of the classes, in the order the file defines them. */
    public Set<String> names() {
        return classes.keySet();
    }
}
