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
 */
public record Actor(String key, ActorType type, String label, List<String> names, String qid,
                    String represents, String cameoCode) {

    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
    }
}
