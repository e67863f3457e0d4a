package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.act;
import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the condition model adds to an act: a term binds one side or two, however many sides its
 * sentence names. The bundled models on an invented article.
 */
class ConditionSidesTest {

    private static final String BODY = "GENEVA - Norway proposed on Monday that Armenia and Azerbaijan agree a ceasefire along "
            + "their border, at talks in Geneva attended by envoys from Britain, France, Germany, Italy, Poland, Canada, Japan "
            + "and Turkey.\n\nAzerbaijan rejected the proposal and demanded that Armenia withdraw its troops from the disputed "
            + "villages before any truce.";

    @Test
    void aTypeTheModelAddsToBindsAtMostTwoSides() {
        List<Statement> statements = extract("envoys", BODY).statements();
        List<String> crowded = new ArrayList<>();
        int added = 0;
        for (Statement statement : statements) {
            Map<String, Set<String>> sides = new TreeMap<>();
            Set<String> addedTypes = new TreeSet<>();
            for (Condition condition : statement.conditions()) {
                sides.computeIfAbsent(condition.type(), type -> new TreeSet<>())
                        .add(condition.party() == null ? "no side" : condition.party().label());
                if (condition.rule().equals(ConditionCandidates.RULE)) {
                    addedTypes.add(condition.type());
                    added++;
                }
            }
            for (String type : addedTypes) {
                if (sides.get(type).size() > 2) {
                    crowded.add(act(statement) + ": " + type + " on " + sides.get(type));
                }
            }
        }
        assertTrue(added > 0, "the condition model added no term to " + statements.stream().map(ExtractedActs::act).toList());
        assertEquals(List.of(), crowded, "the types the condition model bound to more than two sides of one act");
    }
}
