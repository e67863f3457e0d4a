package org.diplograph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One actor of the gazetteer with everything the linker needs to recognise it.
 *
 * @param key       {@code Q...} when the Wikidata QID is known, else {@code name:} and the canonical name
 * @param type      its kind
 * @param label     the canonical English name
 * @param names     other names: aliases, short and official names, abbreviations, surnames
 * @param qid       the Wikidata QID, or {@code null}
 * @param iso2      the ISO 3166-1 alpha-2 code of a state or territory, or {@code null}
 * @param iso3      the ISO 3166-1 alpha-3 code of a state or territory, or {@code null}
 * @param cameoCode the CAMEO actor code, or {@code null}
 * @param demonyms  adjectives and nouns for its people ("Russian"), states only
 * @param metonyms  places that stand for it in news (capital, seat of government)
 * @param roles     the offices a person held, oldest first; empty for other actors
 */
public record GazetteerEntry(String key, ActorType type, String label, List<String> names, String qid, String iso2,
                             String iso3, String cameoCode, List<String> demonyms, List<String> metonyms,
                             List<Role> roles) {

    static final Comparator<Role> BY_START = Comparator.comparing(Role::from,
            Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));

    public GazetteerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
        List<Role> sorted = new ArrayList<>(roles);
        sorted.sort(BY_START);
        roles = List.copyOf(sorted);
        for (Role role : roles) {
            if (!role.holderKey().equals(key)) {
                throw new IllegalArgumentException("role %s does not belong to %s".formatted(role, key));
            }
        }
    }

    /** The role that started last, which says whom a person acts for now; {@code null} when none. */
    public Role latestRole() {
        return roles.isEmpty() ? null : roles.get(roles.size() - 1);
    }

    /**
     * This entry as an {@link Actor}: its names, demonyms and metonyms as other names, and for
     * a person the state or organisation of the latest role as the one it represents.
     */
    public Actor toActor() {
        Set<String> all = new LinkedHashSet<>(names);
        all.addAll(demonyms);
        all.addAll(metonyms);
        all.remove(label);
        Role latest = latestRole();
        return new Actor(key, type, label, List.copyOf(all), qid, latest == null ? null : latest.ofKey(), cameoCode);
    }
}
