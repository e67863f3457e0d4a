package org.diplograph.link;

/**
 * A place in an article where an entity is named, as token positions of one sentence.
 *
 * @param sentence  the sentence index (0-based)
 * @param begin     the first token (0-based, inclusive)
 * @param end       the token after the last one
 * @param key       the key of the entity it names
 * @param type      the entity's type
 * @param text      the surface text
 * @param indirect  true where the entity is named by a demonym, title or pronoun
 */
public record Mention(int sentence, int begin, int end, String key, ActorType type, String text, boolean indirect) {

    public boolean covers(int token) {
        return token >= begin && token < end;
    }
}
