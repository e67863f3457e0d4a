package org.diplograph.link;

/** The kinds of entity a fact can name; each maps to one ontology class of the same local name. */
public enum ActorType {
    STATE("State"),
    PERSON("Person"),
    ORGANIZATION("Organization"),
    ARMED_GROUP("ArmedGroup"),
    ACTOR_GROUP("ActorGroup"),
    TERRITORY("Territory"),
    POPULATION("Population");

    private final String localName;

    ActorType(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology class in the dip: namespace. */
    public String localName() {
        return localName;
    }

    /** Territories and populations are objects of conditions, not actors. */
    public boolean isActor() {
        return this != TERRITORY && this != POPULATION;
    }
}
