package org.diplograph.link.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated table with a header row, as the gazetteer stores it: lines starting with
 * {@code #} are comments, the first other line names the columns, every later line is a row
 * with exactly as many cells. List-valued cells separate their items with {@code |}.
 */
public final class TsvTable {

    /** The separator of the items of a list-valued cell. */
    public static final String LIST_SEPARATOR = "|";

    private final String source;
    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(String source, List<String> columns, List<Row> rows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /** One row of a table, with the line it was read from. */
    public static final class Row {
        private final String source;
        private final List<String> columns;
        private final String[] cells;
        private final int line;

        private Row(String source, List<String> columns, String[] cells, int line) {
            this.source = source;
            this.columns = columns;
            this.cells = cells;
            this.line = line;
        }

        /** The cell of {@code column}, stripped; empty when blank. */
        public String get(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("%s has no column '%s'; its columns are %s".formatted(source, column, columns));
            }
            return cells[index].strip();
        }

        /** The cell of {@code column}, or {@code null} when blank. */
        public String getOrNull(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        /** The items of a list-valued cell, in order, blanks dropped. */
        public List<String> list(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\" + LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** Where the row was read from, for error messages: {@code file:line}. */
        public String where() {
            return source + ":" + line;
        }
    }

    /**
     * Reads a table.
     *
     * @param in     the text
     * @param source a name for it in error messages
     * @throws IllegalArgumentException when it has no header or a row has the wrong number of cells
     */
    public static TsvTable read(Reader in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = List.of(cells);
                continue;
            }
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("%s:%d: expected %d tab-separated cells (%s), but found %d"
                        .formatted(source, number, columns.size(), columns, cells.length));
            }
            rows.add(new Row(source, columns, cells, number));
        }
        if (columns == null) {
            throw new IllegalArgumentException(source + ": no header row");
        }
        return new TsvTable(source, columns, rows);
    }

    /** The column names, in order. */
    public List<String> columns() {
        return columns;
    }

    /** The rows, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The name of the table in error messages. */
    public String source() {
        return source;
    }
}
