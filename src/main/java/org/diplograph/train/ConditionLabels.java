package org.diplograph.train;

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
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplograph.eval.GoldArticle;
import org.diplograph.extract.Candidates;
import org.diplograph.extract.Candidates.ConditionCandidate;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.model.LinearModelTrainer.Example;

/**
 * Labels the condition candidates of decided statements from a gold file: a pair of a type
 * and a side is a condition when a gold condition of that type binds that side, and belongs
 * to a gold statement whose evidence lies in the candidate statement's sentence and whose
 * agent is one of the candidate's (actors matched as the scorer matches them).
 */
final class ConditionLabels {

    /**
     * A gold condition with what places it: its type and party, the keys its statement's agent
     * is matched by (the agents and the states they represent) and where that statement's
     * evidence lies in the body (-1 where the body does not hold it).
     */
    record GoldCondition(String type, String party, Set<String> agents, int begin, int end) {
    }

    private ConditionLabels() {
    }

    static List<GoldCondition> read(Path goldFile, String body) {
        List<GoldCondition> conditions = new ArrayList<>();
        try (InputStream in = Files.newInputStream(goldFile)) {
            JsonObject json = JSON.parse(in);
            Map<String, String> represents = new HashMap<>();
            for (JsonValue value : array(json, "actors")) {
                JsonObject actor = value.getAsObject();
                if (actor.hasKey("represents") && actor.get("represents").isString()) {
                    represents.put(string(actor, "key"), string(actor, "represents"));
                }
            }
            Map<String, GoldCondition> statements = new HashMap<>();
            for (JsonValue value : array(json, "statements")) {
                JsonObject statement = value.getAsObject();
                Set<String> agents = new LinkedHashSet<>();
                JsonValue agent = statement.get("agent");
                for (JsonValue key : agent.isArray() ? agent.getAsArray() : List.of(agent)) {
                    agents.add(key.getAsString().value());
                    if (represents.containsKey(key.getAsString().value())) {
                        agents.add(represents.get(key.getAsString().value()));
                    }
                }
                String evidence = statement.hasKey("evidence") ? string(statement, "evidence") : "";
                int at = evidence.isEmpty() ? -1 : body.indexOf(evidence);
                statements.put(string(statement, "id"), new GoldCondition("", "", agents, at, at < 0 ? -1 : at + evidence.length()));
            }
            for (JsonValue value : array(json, "conditions")) {
                JsonObject condition = value.getAsObject();
                GoldCondition statement = statements.get(string(condition, "statement"));
                if (statement != null && condition.get("party").isString()) {
                    conditions.add(new GoldCondition(string(condition, "type"), string(condition, "party"), statement.agents(),
                            statement.begin(), statement.end()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + goldFile, e);
        }
        return conditions;
    }

    private static Iterable<JsonValue> array(JsonObject json, String key) {
        return json.hasKey(key) ? json.get(key).getAsArray() : List.of();
    }

    private static String string(JsonObject json, String key) {
        return json.get(key).getAsString().value();
    }

    static List<Example> examples(GoldArticle gold, List<GoldCondition> conditions, Candidates candidates) {
        GoldKeys keys = new GoldKeys(gold, candidates::actor);
        List<Example> examples = new ArrayList<>();
        for (ConditionCandidate candidate : candidates.conditionCandidates()) {
            Set<String> party = keys.of(candidate.party());
            Set<String> agents = new LinkedHashSet<>();
            for (String agent : candidate.agents()) {
                agents.addAll(keys.of(agent));
            }
            boolean yes = false;
            for (GoldCondition condition : conditions) {
                yes |= condition.type().equals(candidate.type()) && party.contains(condition.party())
                        && condition.begin() >= 0 && condition.begin() < candidate.end() && condition.end() > candidate.begin()
                        && condition.agents().stream().anyMatch(agents::contains);
            }
            examples.add(new Example(yes ? Decisions.CONDITION : Decisions.NONE, candidate.features()));
        }
        return examples;
    }
}
