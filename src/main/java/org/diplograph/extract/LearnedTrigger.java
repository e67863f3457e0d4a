package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trigger learned from a corpus: a lemma and part of speech that heads the evidence of
 * gold statements often enough, with the kind those statements mostly have. It only makes
 * candidates; the statement model decides on them.
 *
 * @param support   how many gold statements it headed
 * @param precision the share of its occurrences in the corpus that headed one
 */
public record LearnedTrigger(String lemma, String pos, StatementKind kind, int support, double precision) {

    /** The rule source of learned triggers, as their rule ids name it. */
    public static final String SOURCE = "learned-triggers";
    /** The file name of the learned triggers beside the models. */
    public static final String FILE = "learned-triggers.tsv";

    public LearnedTrigger {
        if (lemma == null || lemma.isBlank() || lemma.contains("\t")) {
            throw new IllegalArgumentException("a learned trigger needs a lemma without tabs, but was: " + lemma);
        }
        if (!List.of("VERB", "NOUN", "ADJ").contains(pos)) {
            throw new IllegalArgumentException("a learned trigger's part of speech must be VERB, NOUN or ADJ, but was: " + pos);
        }
    }

    /** Writes triggers as a table: lemma, part of speech, kind, support, precision. */
    public static void write(List<LearnedTrigger> triggers, Writer out) throws IOException {
        out.write("# Triggers learned by diplograph train: lemmas that head gold statements' evidence.\n");
        out.write("# lemma\tpos\tkind\tsupport\tprecision\n");
        for (LearnedTrigger t : triggers) {
            out.write(String.format(Locale.ROOT, "%s\t%s\t%s\t%d\t%.3f%n", t.lemma(), t.pos(), t.kind().localName(),
                    t.support(), t.precision()));
        }
    }

    /** Reads a table written by {@link #write}; {@code source} names it in errors. */
    public static List<LearnedTrigger> read(InputStream in, String source) {
        List<LearnedTrigger> triggers = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 5) {
                    throw new IllegalArgumentException(source + " line " + number + " must have 5 columns, but has " + cells.length);
                }
                triggers.add(new LearnedTrigger(cells[0], cells[1], StatementKind.fromLocalName(cells[2]),
                        Integer.parseInt(cells[3]), Double.parseDouble(cells[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return List.copyOf(triggers);
    }
}
