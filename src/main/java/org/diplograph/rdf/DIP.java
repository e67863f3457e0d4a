package org.diplograph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The diplograph vocabulary, {@code https://w3id.org/diplograph/ns#}: one constant per term of
 * {@code ontology/diplograph.ttl}, named by its local name, in the manner of Jena's {@code RDFS}.
 * Classes and concepts are {@link Resource}s, properties are {@link Property}s.
 */
public final class DIP {

    /** The namespace of the ontology's terms. */
    public static final String NAMESPACE = "https://w3id.org/diplograph/ns#";

    /** The prefix conventionally bound to {@link #NAMESPACE}. */
    public static final String PREFIX = "dip";

    /** The base of the IRIs of the resources diplograph mints: articles, statements, actors, graphs. */
    public static final String ID = "https://w3id.org/diplograph/id/";

    /** The IRI of the ontology itself. */
    public static final String ONTOLOGY = "https://w3id.org/diplograph/ns";

    private DIP() {
    }

    /** The namespace, as Jena vocabulary classes give it. */
    public static String getURI() {
        return NAMESPACE;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NAMESPACE + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NAMESPACE, localName);
    }

    // Actors and what conditions concern

    /** Anything that acts in diplomacy. */
    public static final Resource Actor = resource("Actor");

    /**
     * A sovereign state, or a state-like entity with its own government, named directly or through a
     * metonym such as its capital.
     */
    public static final Resource State = resource("State");

    /**
     * A named individual who acts in diplomacy, typically for a state or an organisation (see {@code dip:represents}).
     */
    public static final Resource Person = resource("Person");

    /**
     * An intergovernmental organisation, alliance or one of their bodies, such as the United Nations, its
     * Security Council, NATO or the European Union.
     */
    public static final Resource Organization = resource("Organization");

    /**
     * A non-state armed party to a conflict, such as a militia, an insurgency or a paramilitary force,
     * that negotiates or is negotiated with.
     */
    public static final Resource ArmedGroup = resource("ArmedGroup");

    /**
     * An ad-hoc group of actors that a source names as one party, for example a group of countries that
     * would jointly guarantee a settlement.
     */
    public static final Resource ActorGroup = resource("ActorGroup");

    /** A place that a condition is about, such as a region to be ceded, recognised or demilitarised. */
    public static final Resource Territory = resource("Territory");

    /**
     * A group of people that a condition protects or concerns, such as a linguistic, ethnic or religious
     * minority.
     */
    public static final Resource Population = resource("Population");

    // Statements

    /** A diplomatic speech act reported in a source. */
    public static final Resource Statement = resource("Statement");

    /** A statement that puts forward terms, a plan, a mechanism or a step for others to take up. */
    public static final Resource Proposal = resource("Proposal");

    /** A statement that requires something of another party, often as a precondition or an ultimatum. */
    public static final Resource Demand = resource("Demand");

    /** A statement in which the agent volunteers something of its own, often on conditions. */
    public static final Resource Offer = resource("Offer");

    /** A statement that refuses a proposal, a demand or a condition, or rules a course of action out. */
    public static final Resource Rejection = resource("Rejection");

    /** A statement in which the agent agrees to a proposal, a deal or terms, endorses them or signs them. */
    public static final Resource Acceptance = resource("Acceptance");

    /** The actor who made the statement. */
    public static final Property agent = property("agent");

    /** The state or organisation for which the agent of the statement speaks. */
    public static final Property onBehalfOf = property("onBehalfOf");

    /** Links an agent to a proposal it made. */
    public static final Property proposes = property("proposes");

    /** An actor the statement is about or addressed to, other than its agent. */
    public static final Property concerns = property("concerns");

    /** A term attached to the statement. */
    public static final Property hasCondition = property("hasCondition");

    /** A security guarantee that the statement proposes, demands, offers, rejects or accepts. */
    public static final Property hasGuarantee = property("hasGuarantee");

    /** How the source attributes the statement. */
    public static final Property attribution = property("attribution");

    /** The modal force with which the act is stated. */
    public static final Property modality = property("modality");

    /** True where the source denies the act (for instance that a party did not reject a plan). */
    public static final Property negated = property("negated");

    /**
     * The day the statement was made, resolved against the publication date of the article ("on Sunday" in
     * an article of a Monday is the day before).
     */
    public static final Property statedOn = property("statedOn");

    /**
     * The CAMEO event code, two to four digits, that the statement aligns with, for joins with GDELT and
     * other CAMEO-coded event data.
     */
    public static final Property cameoCode = property("cameoCode");

    /** A CAMEO event code that a statement class corresponds to. */
    public static final Property cameoAlignment = property("cameoAlignment");

    // Attributions

    /** The ways a news source can attribute a statement to its agent. */
    public static final Resource Attributions = resource("Attributions");

    /** The source quotes the agent's own words. */
    public static final Resource DirectQuote = resource("DirectQuote");

    /** The source paraphrases what the named agent said. */
    public static final Resource ReportedSpeech = resource("ReportedSpeech");

    /** The source attributes the act to the agent on the word of people it does not name. */
    public static final Resource AnonymousSources = resource("AnonymousSources");

    /** The act is stated in a written text such as a plan, a draft, a treaty or a declaration. */
    public static final Resource Document = resource("Document");

    // Modalities

    /** The modal force with which a statement is made. */
    public static final Resource Modalities = resource("Modalities");

    /** The act is stated as something that has to happen. */
    public static final Resource Obligation = resource("Obligation");

    /** The act is stated as something that ought to happen. */
    public static final Resource Recommendation = resource("Recommendation");

    /** The act is stated as something that could happen. */
    public static final Resource Possibility = resource("Possibility");

    /** The act is stated as something the agent means or is willing to do. */
    public static final Resource Intention = resource("Intention");

    /** The act is stated plainly, as done, without a modal. */
    public static final Resource Assertion = resource("Assertion");

    // Conditions

    /** A term attached to a statement. */
    public static final Resource Condition = resource("Condition");

    /** What the condition requires. */
    public static final Property conditionType = property("conditionType");

    /** The actor who must act or refrain under the condition, where the text names one. */
    public static final Property obligedParty = property("obligedParty");

    /** What the condition is about, where the text names it. */
    public static final Property conditionObject = property("conditionObject");

    /** The types of terms that diplomatic statements attach. */
    public static final Resource ConditionTypes = resource("ConditionTypes");

    /** The obliged party remains neutral or takes up a permanently neutral status. */
    public static final Resource Neutrality = resource("Neutrality");

    /** The obliged party stays out of every military bloc and alliance. */
    public static final Resource NonAlignment = resource("NonAlignment");

    /** The obliged party does not become a member of one named alliance. */
    public static final Resource NoAllianceMembership = resource("NoAllianceMembership");

    /** The obliged party neither holds nor acquires nuclear weapons. */
    public static final Resource NonNuclearStatus = resource("NonNuclearStatus");

    /**
     * The obliged party's nuclear programme is restricted, for instance in enrichment, stockpiles or
     * access for inspectors.
     */
    public static final Resource NuclearProgramLimit = resource("NuclearProgramLimit");

    /** The obliged party hands over a territory or pulls out of it. */
    public static final Resource TerritorialCession = resource("TerritorialCession");

    /** The obliged party acknowledges that another side controls or owns a territory. */
    public static final Resource TerritorialRecognition = resource("TerritorialRecognition");

    /** No troops of other states are based or deployed on the obliged party's territory. */
    public static final Resource NoForeignTroops = resource("NoForeignTroops");

    /** The obliged party pulls its forces back from an area. */
    public static final Resource TroopWithdrawal = resource("TroopWithdrawal");

    /** Fighting stops, for a time or for good. */
    public static final Resource Ceasefire = resource("Ceasefire");

    /**
     * An area is cleared of military forces, a buffer zone is set up, or military strength is scaled down.
     */
    public static final Resource Demilitarization = resource("Demilitarization");

    /** The size of the obliged party's armed forces is capped. */
    public static final Resource ArmedForcesLimit = resource("ArmedForcesLimit");

    /** An armed group surrenders or destroys its weapons. */
    public static final Resource Disarmament = resource("Disarmament");

    /** The rights of a linguistic, ethnic or religious group are secured. */
    public static final Resource MinorityProtection = resource("MinorityProtection");

    /** Sanctions that weigh on the party are lifted or loosened. */
    public static final Resource SanctionsRelief = resource("SanctionsRelief");

    /** The obliged party organises elections or a vote. */
    public static final Resource Elections = resource("Elections");

    /** Prisoners of war, detainees or deported people are swapped or sent back. */
    public static final Resource PrisonerExchange = resource("PrisonerExchange");

    /** People held hostage are set free. */
    public static final Resource HostageRelease = resource("HostageRelease");

    /** Relief supplies may enter, or safe corridors are opened for civilians. */
    public static final Resource HumanitarianAccess = resource("HumanitarianAccess");

    /** An international, monitoring or peacekeeping force is sent in. */
    public static final Resource Peacekeeping = resource("Peacekeeping");

    /** Money or help is provided to rebuild, including the use or return of frozen assets. */
    public static final Resource Reconstruction = resource("Reconstruction");

    /** The sides talk directly, meet, or hold a summit. */
    public static final Resource Negotiation = resource("Negotiation");

    /** A term that none of the other condition types covers. */
    public static final Resource Other = resource("Other");

    // Security guarantees

    /** An undertaking by one or more guarantors to secure a beneficiary. */
    public static final Resource SecurityGuarantee = resource("SecurityGuarantee");

    /** An actor that would secure, or secures, the beneficiary of the guarantee. */
    public static final Property guarantor = property("guarantor");

    /** The actor whose security the guarantee covers. */
    public static final Property beneficiary = property("beneficiary");

    /** Links a guarantor to the actor whose security it guarantees. */
    public static final Property guarantorOf = property("guarantorOf");

    /** The group formed by all the guarantors of a guarantee; its members are the guarantors. */
    public static final Property guarantorGroup = property("guarantorGroup");

    // Relations between actors

    /** An actor that belongs to the ad-hoc group. */
    public static final Property member = property("member");

    /** The state or organisation a person acts for, such as the government a minister serves. */
    public static final Property represents = property("represents");

    /**
     * How sure the extractor is of the side a person represents where the article does not say
     * it: the probability the represented sides model gave that side.
     */
    public static final Property representsConfidence = property("representsConfidence");

    /** The actor's code in the CAMEO actor scheme. */
    public static final Property cameoActorCode = property("cameoActorCode");

    // Confidence and provenance

    /**
     * How sure the extractor is of the statement, condition or guarantee, from 0 to 1 inclusive: the
     * probability its model gives the fact, or the fixed confidence of the rule that proposed it.
     */
    public static final Property confidence = property("confidence");

    /** The id of the rule that proposed the statement, condition or guarantee ("speech-acts:call_for/VERB"). */
    public static final Property extractedBy = property("extractedBy");

    // Evidence and articles

    /** A span of an article's body that states a fact. */
    public static final Resource Evidence = resource("Evidence");

    /** A span of text that supports the statement, condition or guarantee. */
    public static final Property evidence = property("evidence");

    /** The exact text of the span, as it appears in the article body. */
    public static final Property text = property("text");

    /** The offset of the first character of the span in the article body. */
    public static final Property beginIndex = property("beginIndex");

    /** The offset just past the last character of the span in the article body. */
    public static final Property endIndex = property("endIndex");

    /** The article whose body the span is taken from. */
    public static final Property inArticle = property("inArticle");

    /** The file the article was read from, or for a JSON Lines record the file and its line number. */
    public static final Property sourceFile = property("sourceFile");
}
