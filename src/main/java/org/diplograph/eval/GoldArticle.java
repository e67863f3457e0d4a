package org.diplograph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The gold facts of one article, read from its {@code .gold.json} file in the format of
 * the evaluation guidelines.
 *
 * @param doc    the document name
 * @param actors the gold actors
 * @param facts  statements, conditions and guarantees as atoms in gold-key space
 */
public record GoldArticle(String doc, List<GoldActor> actors, List<Fact> facts) {

    /** A gold actor: its key, type, the names it goes by and whom it represents. */
    public record GoldActor(String key, String type, List<String> names, String represents) {
    }

    public static GoldArticle read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(JSON.parse(in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("gold file " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    static GoldArticle parse(JsonObject json, String source) {
        String doc = json.hasKey("doc") ? json.get("doc").getAsString().value() : source;
        List<GoldActor> actors = new ArrayList<>();
        Map<String, String> represents = new HashMap<>();
        for (JsonValue value : array(json, "actors")) {
            JsonObject a = value.getAsObject();
            List<String> names = new ArrayList<>();
            for (JsonValue name : array(a, "names")) {
                names.add(name.getAsString().value());
            }
            String rep = a.hasKey("represents") && a.get("represents").isString() ? a.get("represents").getAsString().value() : null;
            String key = a.get("key").getAsString().value();
            actors.add(new GoldActor(key, a.get("type").getAsString().value(), names, rep));
            if (rep != null) {
                represents.put(key, rep);
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (GoldActor actor : actors) {
            if (!actor.type().equals("Group")) {
                facts.add(new Fact(Fact.Kind.ACTORS, "", List.of(List.of(actor.key())), actor.key(), String.join(", ", actor.names())));
            }
        }
        Map<String, List<String>> agentOf = new HashMap<>();
        for (JsonValue value : array(json, "statements")) {
            JsonObject s = value.getAsObject();
            List<String> agents = keys(s.get("agent"));
            Set<String> slot = new LinkedHashSet<>();
            for (String agent : agents) {
                slot.add(agent);
                if (represents.containsKey(agent)) {
                    slot.add(represents.get(agent));
                }
            }
            agentOf.put(s.get("id").getAsString().value(), new ArrayList<>(slot));
            String type = s.get("type").getAsString().value();
            facts.add(new Fact(Fact.Kind.STATEMENTS, type, List.of(new ArrayList<>(slot)), type + " by " + agents,
                    text(s, "evidence")));
        }
        for (JsonValue value : array(json, "conditions")) {
            JsonObject c = value.getAsObject();
            String statement = c.get("statement").getAsString().value();
            List<String> agent = agentOf.getOrDefault(statement, List.of());
            String party = c.get("party").isString() ? c.get("party").getAsString().value() : "";
            String type = c.get("type").getAsString().value();
            facts.add(new Fact(Fact.Kind.CONDITIONS, type, List.of(List.of(party), agent),
                    type + " on " + party + " (" + statement + ")", text(c, "label")));
        }
        for (JsonValue value : array(json, "guarantees")) {
            JsonObject g = value.getAsObject();
            String beneficiary = g.get("beneficiary").getAsString().value();
            for (String guarantor : keys(g.get("guarantors"))) {
                facts.add(new Fact(Fact.Kind.GUARANTEES, "", List.of(List.of(guarantor), List.of(beneficiary)),
                        guarantor + " guarantees " + beneficiary, text(g, "evidence")));
            }
        }
        return new GoldArticle(doc, List.copyOf(actors), List.copyOf(facts));
    }

    private static String text(JsonObject object, String key) {
        return object.hasKey(key) && object.get(key).isString() ? object.get(key).getAsString().value() : "";
    }

    private static List<String> keys(JsonValue value) {
        List<String> keys = new ArrayList<>();
        if (value == null || value.isNull()) {
            return keys;
        }
        if (value.isArray()) {
            for (JsonValue item : value.getAsArray()) {
                keys.add(item.getAsString().value());
            }
        } else {
            keys.add(value.getAsString().value());
        }
        return keys;
    }

    private static JsonArray array(JsonObject object, String key) {
        return object.hasKey(key) && object.get(key).isArray() ? object.get(key).getAsArray() : new JsonArray();
    }
}
