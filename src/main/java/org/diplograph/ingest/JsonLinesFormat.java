package org.diplograph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON Lines: one object a line with {@code url}, {@code title}, {@code date} and
 * {@code text}. The file is read a block at a time, so a large file is never held whole;
 * a bad line is an error of its own and the other lines still load.
 */
final class JsonLinesFormat {

    private static final int BLOCK = 64 * 1024;

    /** As much as {@link TextBytes#looksBinary} needs to tell a binary file. */
    private static final int SNIFF = 8 * 1024;

    private JsonLinesFormat() {
    }

    /**
     * Reads every record of {@code file}.
     *
     * @throws Rejected when the whole file is unusable: binary, or without a single record
     */
    static void read(Path file, long maxArticleBytes, Boilerplate boilerplate,
                     Consumer<Article> articles, Consumer<IngestError> errors) throws IOException, Rejected {
        LineHandler handler = new LineHandler(file.toString(), maxArticleBytes, boilerplate, articles, errors);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[BLOCK];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            long lineStart = 0;
            int n;
            boolean first = true;
            while ((n = in.readNBytes(block, 0, first ? SNIFF : BLOCK)) > 0) {
                if (first && TextBytes.looksBinary(block, 0, n)) {
                    throw new Rejected("binary content, not text");
                }
                first = false;
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (block[i] == '\n') {
                        line.write(block, from, i - from);
                        handler.line(line.toByteArray(), lineStart);
                        line.reset();
                        from = i + 1;
                        lineStart = offset + i + 1;
                    }
                }
                line.write(block, from, n - from);
                offset += n;
            }
            if (line.size() > 0) {
                handler.line(line.toByteArray(), lineStart);
            }
        }
        if (handler.records == 0) {
            throw new Rejected("no body text");
        }
    }

    /** Turns one line at a time into an article or an error. */
    private static final class LineHandler {

        private final String source;
        private final long maxArticleBytes;
        private final Boilerplate boilerplate;
        private final Consumer<Article> articles;
        private final Consumer<IngestError> errors;
        private int lineNumber;
        private int records;

        LineHandler(String source, long maxArticleBytes, Boilerplate boilerplate,
                    Consumer<Article> articles, Consumer<IngestError> errors) {
            this.source = source;
            this.maxArticleBytes = maxArticleBytes;
            this.boilerplate = boilerplate;
            this.articles = articles;
            this.errors = errors;
        }

        void line(byte[] bytes, long fileOffset) {
            lineNumber++;
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            try {
                String text = Mojibake.repair(TextBytes.decodeUtf8(bytes, 0, length, fileOffset));
                if (text.isBlank()) {
                    return;
                }
                records++;
                articles.accept(record(text));
            } catch (Rejected e) {
                errors.accept(new IngestError(source + ":" + lineNumber, e.reason()));
            }
        }

        private Article record(String line) throws Rejected {
            JsonValue value;
            try {
                value = JSON.parseAny(line);
            } catch (JsonParseException e) {
                throw new Rejected("invalid JSON at column " + e.getColumn() + ": " + e.getMessage());
            } catch (JsonException e) {
                throw new Rejected("invalid JSON: " + e.getMessage());
            } catch (NullPointerException e) {
                // Jena's JSON parser fails this way on a line that ends inside an object ({"text": ).
                throw new Rejected("invalid JSON: the line ends before the object does");
            }
            if (!value.isObject()) {
                throw new Rejected("not a JSON object");
            }
            // The parser stops after the first value and would drop what follows it unseen.
            if (!line.substring(objectEnd(line)).isBlank()) {
                throw new Rejected("invalid JSON: text after the object");
            }
            JsonObject object = value.getAsObject();
            String text = string(object, "text");
            if (text == null) {
                throw new Rejected("no \"text\" field");
            }
            String sourceFile = source + "#L" + lineNumber;
            TextBytes.checkSize("article", TextBytes.utf8Length(text), maxArticleBytes, "");
            return Articles.build(string(object, "url"), string(object, "title"),
                    Articles.date(sourceFile, string(object, "date")),
                    Articles.plainBody(text, boilerplate), sourceFile);
        }

        /** The index just past the brace that closes the object {@code line} starts with. */
        private static int objectEnd(String line) {
            int depth = 0;
            boolean inString = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return line.length();
        }

        /** The string value of {@code key}, or {@code null} when absent or JSON null. */
        private static String string(JsonObject object, String key) throws Rejected {
            JsonValue value = object.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw new Rejected("\"" + key + "\" is not a string");
            }
            return value.getAsString().value();
        }
    }
}
