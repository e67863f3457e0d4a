package org.diplograph.link;

import java.util.List;
import java.util.Objects;

/**
 * A canonical entity: a state, person, organisation, armed group, ad-hoc group,
 * or a territory or population that a condition concerns.
 *
 * @param key        {@code Q...} when the Wikidata QID is known, else {@code name:} and the canonical name
 * @param type       its kind
 * @param label      the canonical English name
 * @param names      every other name it goes by (aliases, demonyms, metonyms)
 * @param qid        the Wikidata QID, or {@code null}
 * @param represents for a person, the key of the state or organisation they act for, or {@code null}
 * @param cameoCode  the CAMEO actor code, or {@code null}
 * @param representsConfidence where the article does not say whom a person acts for, the
 *                   probability the represented sides model gave the side it chose; {@code null}
 *                   where the side is stated (by the gazetteer or the article's words) or unknown
 */
public record Actor(String key, ActorType type, String label, List<String> names, String qid,
                    String represents, String cameoCode, Double representsConfidence) {

    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
        if (representsConfidence != null && (represents == null || !(representsConfidence >= 0 && representsConfidence <= 1))) {
            throw new IllegalArgumentException("a side's confidence must be in [0, 1] and go with a side, but was: "
                    + representsConfidence + " for the side " + represents + " of " + key);
        }
    }

    /** An actor whose side, if it has one, is stated. */
    public Actor(String key, ActorType type, String label, List<String> names, String qid, String represents, String cameoCode) {
        this(key, type, label, names, qid, represents, cameoCode, null);
    }
}
