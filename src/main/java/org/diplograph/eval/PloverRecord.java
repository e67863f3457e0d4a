package org.diplograph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One coded sentence of a PLOVER gold-standard file: its id, event type, text and
 * source actors.
 */
record PloverRecord(String id, String type, String text, List<Source> sources) {

    /** Events of this type document the file; they code no sentence. */
    static final String DOCUMENT = "DOCUMENT";

    /** A source actor as coded: the words of the sentence naming it, and its country or IGO code. */
    record Source(String actorText, String code) {

        Source {
            Objects.requireNonNull(actorText, "actorText");
            Objects.requireNonNull(code, "code");
        }
    }

    PloverRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }

    /** The coded records of {@code file}, a JSON array of PLOVER records, documentation records left out. */
    static List<PloverRecord> read(Path file) {
        JsonValue json;
        try (InputStream in = Files.newInputStream(file)) {
            json = JSON.parseAny(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("PLOVER file not found: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PLOVER file " + file + ": " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new IllegalArgumentException("PLOVER file " + file + " is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's tokenizer fails without a JsonException on some truncated input.
            throw new IllegalArgumentException("PLOVER file " + file + " is not valid JSON: it is truncated or malformed");
        }
        if (!json.isArray()) {
            throw new IllegalArgumentException("PLOVER file " + file + " must hold a JSON array of records, but holds: " + kind(json));
        }
        List<PloverRecord> records = new ArrayList<>();
        int index = 0;
        for (JsonValue value : json.getAsArray()) {
            String where = "record " + index++ + " of PLOVER file " + file;
            if (!value.isObject()) {
                throw new IllegalArgumentException(where + " must be a JSON object, but is: " + kind(value));
            }
            JsonObject object = value.getAsObject();
            String type = string(object, "event", where);
            if (type.equals(DOCUMENT)) {
                continue;
            }
            String id = string(object, "id", where);
            String text = string(object, "text", where + " (" + id + ")");
            records.add(new PloverRecord(id, type, text, sources(object.get("source"), where + " (" + id + ")")));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("PLOVER file " + file + " holds no coded records");
        }
        return records;
    }

    /** Sources are a list of actor objects; the gold files write none as a missing field, null or "". */
    private static List<Source> sources(JsonValue value, String where) {
        if (value == null || value.isNull() || value.isString() && value.getAsString().value().isBlank()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ": \"source\" must be a list of actors, but is: " + kind(value));
        }
        List<Source> sources = new ArrayList<>();
        for (JsonValue actor : value.getAsArray()) {
            if (!actor.isObject()) {
                throw new IllegalArgumentException(where + ": a source actor must be a JSON object, but is: " + kind(actor));
            }
            sources.add(new Source(optional(actor.getAsObject(), "actorText"), optional(actor.getAsObject(), "code")));
        }
        return sources;
    }

    private static String string(JsonObject object, String key, String where) {
        JsonValue value = object.get(key);
        if (value == null || !value.isString() || value.getAsString().value().isBlank()) {
            throw new IllegalArgumentException(where + " must have a non-empty string \"" + key + "\", but has: "
                    + (value == null ? "none" : value.toString()));
        }
        return value.getAsString().value();
    }

    private static String optional(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.isString() ? value.getAsString().value().strip() : "";
    }

    private static String kind(JsonValue value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.toString();
    }
}
