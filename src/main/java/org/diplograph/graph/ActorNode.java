package org.diplograph.graph;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An actor as a node of the {@link ActorGraph}.
 *
 * @param iri   the actor's IRI in the store
 * @param label its name ({@code rdfs:label}), or the last segment of its IRI where it has none
 * @param type  the local name of its most specific dip: class ("State", "Person", ...), or
 *              "Actor" where the store gives no narrower one
 * @param qid   its Wikidata id ("Q212"), when it is linked to Wikidata
 */
public record ActorNode(String iri, String label, String type, Optional<String> qid) {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public ActorNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(qid, "qid");
        if (iri.isBlank()) {
            throw new IllegalArgumentException("an actor's IRI must not be blank");
        }
        if (type.isBlank()) {
            throw new IllegalArgumentException("the type of actor " + iri + " must not be blank");
        }
        qid.ifPresent(q -> {
            if (!QID.matcher(q).matches()) {
                throw new IllegalArgumentException("the QID of actor " + iri + " must look like Q123, but was: " + q);
            }
        });
    }
}
