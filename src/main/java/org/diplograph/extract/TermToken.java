package org.diplograph.extract;

import org.diplograph.link.ActorType;

/**
 * A token as cue patterns see it: lower-cased word and lemma, and the entity it is part of.
 *
 * @param index      its index in the sentence (0-based)
 * @param word       the lower-cased word
 * @param lemma      the lower-cased lemma
 * @param entityKey  the key of the entity the token names, or {@code null}
 * @param entityType the type of that entity, or {@code null}
 */
record TermToken(int index, String word, String lemma, String entityKey, ActorType entityType) {
}
