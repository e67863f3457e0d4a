package org.diplograph.rdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.extract.Condition;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Guarantee;
import org.diplograph.extract.Span;
import org.diplograph.extract.Statement;
import org.diplograph.extract.StatementKind;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.diplograph.link.ActorType;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.GazetteerEntry;
import org.diplograph.link.Reconciler;

/**
 * Writes an article's extraction as RDF under the diplograph ontology: one named graph
 * per article, deterministic IRIs, evidence, confidence and rule for every statement,
 * condition and guarantee. Immutable; build one with {@link #create()}.
 */
public final class ExtractionWriter {

    /** The namespace of schema.org terms used for articles. */
    public static final String SCHEMA = "https://schema.org/";
    /** The namespace of Wikidata entities. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final boolean sameAs;
    private final Reconciler reconciler;

    private ExtractionWriter(boolean sameAs, Reconciler reconciler) {
        this.sameAs = sameAs;
        this.reconciler = reconciler;
    }

    /** A builder of writers. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * {@code url} when it is an absolute http or https URL with a host that is also a valid IRI,
     * else nothing: a source's {@code javascript:}, {@code file:} or malformed URL would become an
     * IRI that a reader of the graph follows, or that the export writes and re-reads with "Bad
     * IRI" warnings. The article keeps its id from the URL as given either way.
     */
    static Optional<String> webUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            IRIx iri = IRIx.create(url);
            boolean web = !iri.isRelative() && (iri.hasScheme("http") || iri.hasScheme("https"))
                    && URI.create(url).getHost() != null && !iri.hasViolations();
            return web ? Optional.of(url) : Optional.empty();
        } catch (IRIException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Configures an {@link ExtractionWriter}. */
    public static final class Builder {
        private boolean sameAs;
        private Reconciler reconciler;

        private Builder() {
        }

        /**
         * Ask this reconciler for the QID of a person, state, organisation or armed group
         * the gazetteer lacks; {@code null} (the default) asks no one.
         */
        public Builder reconciler(Reconciler reconciler) {
            this.reconciler = reconciler;
            return this;
        }

        /** Also link actors to Wikidata with owl:sameAs, beside skos:exactMatch. */
        public Builder sameAs(boolean sameAs) {
            this.sameAs = sameAs;
            return this;
        }

        public ExtractionWriter build() {
            return new ExtractionWriter(sameAs, reconciler);
        }
    }

    /** The article's graph. */
    public ArticleGraph write(Extraction extraction) {
        return new Run(extraction).write();
    }

    private final class Run {
        private final Extraction extraction;
        private final Article article;
        private final Model model = ModelFactory.createDefaultModel();
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final Resource articleNode;

        Run(Extraction extraction) {
            this.extraction = extraction;
            this.article = extraction.article();
            this.articleNode = model.createResource(Iris.article(article.id()));
            model.setNsPrefix(DIP.PREFIX, DIP.NAMESPACE);
            model.setNsPrefix("schema", SCHEMA);
            model.setNsPrefix("skos", SKOS.getURI());
            model.setNsPrefix("rdfs", RDFS.getURI());
            model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
            for (Actor actor : extraction.actors()) {
                actors.put(actor.key(), actor);
            }
        }

        ArticleGraph write() {
            writeArticle();
            for (Statement statement : extraction.statements()) {
                writeStatement(statement);
            }
            for (Actor actor : new ArrayList<>(actors.values())) {
                actorNode(actor);
            }
            Graph graph = model.getGraph();
            return new ArticleGraph(article.id(), NodeFactory.createURI(Iris.graph(article.id())), graph);
        }

        private void writeArticle() {
            articleNode.addProperty(RDF.type, model.createResource(SCHEMA + "NewsArticle"));
            webUrl(article.url()).ifPresent(url ->
                    articleNode.addProperty(model.createProperty(SCHEMA, "url"), model.createResource(url)));
            if (article.title() != null) {
                articleNode.addProperty(model.createProperty(SCHEMA, "headline"), article.title());
            }
            if (article.date() != null) {
                articleNode.addProperty(model.createProperty(SCHEMA, "datePublished"), date(article.date()));
            }
            articleNode.addProperty(model.createProperty(SCHEMA, "articleBody"), article.body());
            articleNode.addProperty(DIP.sourceFile, article.sourceFile());
        }

        private void writeStatement(Statement statement) {
            List<String> agentKeys = new ArrayList<>();
            for (Actor agent : statement.agents()) {
                agentKeys.add(agent.key());
            }
            Resource node = model.createResource(Iris.statement(article.id(), statement.kind().localName(),
                    String.join(",", agentKeys), Integer.toString(statement.evidence().begin()),
                    Integer.toString(statement.evidence().end())));
            node.addProperty(RDF.type, DIP.Statement);
            node.addProperty(RDF.type, model.createResource(DIP.NAMESPACE + statement.kind().localName()));
            for (Actor agent : statement.agents()) {
                Resource agentNode = actorNode(agent);
                node.addProperty(DIP.agent, agentNode);
                if (statement.kind() == StatementKind.PROPOSAL) {
                    agentNode.addProperty(DIP.proposes, node);
                }
            }
            if (statement.onBehalfOf() != null) {
                node.addProperty(DIP.onBehalfOf, actorNode(statement.onBehalfOf()));
            }
            for (Actor concerned : statement.concerns()) {
                if (concerned.type().isActor()) {
                    node.addProperty(DIP.concerns, actorNode(concerned));
                }
            }
            node.addProperty(DIP.attribution, model.createResource(DIP.NAMESPACE + statement.attribution().localName()));
            node.addProperty(DIP.modality, model.createResource(DIP.NAMESPACE + statement.modality().localName()));
            node.addLiteral(DIP.negated, model.createTypedLiteral(statement.negated()));
            if (statement.statedOn() != null) {
                node.addProperty(DIP.statedOn, date(statement.statedOn()));
            }
            provenance(node, statement.confidence(), statement.rule());
            node.addProperty(DIP.cameoCode, statement.cameoCode());
            node.addProperty(DIP.evidence, evidence(statement.evidence()));
            for (Condition condition : statement.conditions()) {
                node.addProperty(DIP.hasCondition, condition(node, condition));
            }
            for (Guarantee guarantee : statement.guarantees()) {
                node.addProperty(DIP.hasGuarantee, guarantee(node, guarantee));
            }
        }

        private Resource condition(Resource statement, Condition condition) {
            Resource node = model.createResource(Iris.condition(article.id(), statement.getURI(), condition.type(),
                    condition.party() == null ? "" : condition.party().key(),
                    condition.object() == null ? "" : condition.object().key(), condition.label()));
            node.addProperty(RDF.type, DIP.Condition);
            node.addProperty(DIP.conditionType, model.createResource(DIP.NAMESPACE + condition.type()));
            node.addProperty(RDFS.label, condition.label() == null ? condition.type() : condition.label());
            if (condition.party() != null && condition.party().type().isActor()) {
                node.addProperty(DIP.obligedParty, actorNode(condition.party()));
            }
            if (condition.object() != null) {
                node.addProperty(DIP.conditionObject, actorNode(condition.object()));
            }
            provenance(node, condition.confidence(), condition.rule());
            node.addProperty(DIP.evidence, evidence(condition.evidence()));
            return node;
        }

        private Resource guarantee(Resource statement, Guarantee guarantee) {
            Resource node = model.createResource(Iris.guarantee(article.id(), statement.getURI(), guarantee.beneficiary().key()));
            node.addProperty(RDF.type, DIP.SecurityGuarantee);
            Resource beneficiary = actorNode(guarantee.beneficiary());
            node.addProperty(DIP.beneficiary, beneficiary);
            for (Actor guarantor : guarantee.guarantors()) {
                Resource guarantorNode = actorNode(guarantor);
                node.addProperty(DIP.guarantor, guarantorNode);
                if (guarantee.inForce()) {
                    guarantorNode.addProperty(DIP.guarantorOf, beneficiary);
                }
            }
            if (guarantee.guarantors().size() > 1) {
                Resource group = model.createResource(Iris.group(node.getURI()));
                group.addProperty(RDF.type, DIP.Actor);
                group.addProperty(RDF.type, DIP.ActorGroup);
                group.addProperty(RDFS.label, "guarantors of the security of " + guarantee.beneficiary().label());
                for (Actor guarantor : guarantee.guarantors()) {
                    group.addProperty(DIP.member, actorNode(guarantor));
                }
                node.addProperty(DIP.guarantorGroup, group);
            }
            provenance(node, guarantee.confidence(), guarantee.rule());
            node.addProperty(DIP.evidence, evidence(guarantee.evidence()));
            return node;
        }

        /** The fact's confidence, to two decimals as xsd:decimal, and the id of its rule as a plain string. */
        private void provenance(Resource node, double confidence, String rule) {
            node.addProperty(DIP.confidence, decimal(confidence));
            node.addProperty(DIP.extractedBy, rule);
        }

        /** A probability to two decimals, as xsd:decimal. */
        private Literal decimal(double probability) {
            return model.createTypedLiteral(BigDecimal.valueOf(probability).setScale(2, RoundingMode.HALF_UP));
        }

        private Resource evidence(Span span) {
            Resource node = model.createResource(Iris.evidence(article.id(), span.begin(), span.end()));
            if (!node.hasProperty(RDF.type)) {
                node.addProperty(RDF.type, DIP.Evidence);
                node.addProperty(DIP.text, span.text());
                node.addLiteral(DIP.beginIndex, integer(span.begin()));
                node.addLiteral(DIP.endIndex, integer(span.end()));
                node.addProperty(DIP.inArticle, articleNode);
            }
            return node;
        }

        private Resource actorNode(Actor written) {
            Actor actor = reconciled(written);
            Resource node = model.createResource(actorIri(actor));
            if (node.hasProperty(RDF.type)) {
                return node;
            }
            actors.putIfAbsent(actor.key(), actor);
            Resource kind = model.createResource(DIP.NAMESPACE + actor.type().localName());
            if (actor.type().isActor()) {
                node.addProperty(RDF.type, DIP.Actor);
            }
            node.addProperty(RDF.type, kind);
            node.addProperty(RDFS.label, actor.label());
            for (String name : actor.names()) {
                if (!name.equals(actor.label())) {
                    node.addProperty(SKOS.altLabel, name);
                }
            }
            if (actor.qid() != null) {
                Resource wikidata = model.createResource(WIKIDATA + actor.qid());
                node.addProperty(SKOS.exactMatch, wikidata);
                if (sameAs) {
                    node.addProperty(OWL.sameAs, wikidata);
                }
            }
            if (actor.cameoCode() != null && !actor.cameoCode().isBlank()) {
                node.addProperty(DIP.cameoActorCode, actor.cameoCode());
            }
            if (actor.type() == ActorType.PERSON && actor.represents() != null) {
                Actor represented = actors.get(actor.represents());
                if (represented == null) {
                    represented = Gazetteer.bundled().byKey(actor.represents()).map(GazetteerEntry::toActor).orElse(null);
                }
                if (represented != null && represented.type().isActor()) {
                    node.addProperty(DIP.represents, actorNode(represented));
                    if (actor.representsConfidence() != null) {
                        node.addProperty(DIP.representsConfidence, decimal(actor.representsConfidence()));
                    }
                }
            }
            return node;
        }

        /**
         * The actor with the QID the reconciler found for it, so that it takes the
         * cross-article IRI {@code actor/Q...} like a gazetteer actor with a QID.
         */
        private Actor reconciled(Actor actor) {
            if (reconciler == null || actor.qid() != null || !Reconciler.asksAbout(actor.type())
                    || Gazetteer.bundled().byKey(actor.key()).isPresent()) {
                return actor;
            }
            return reconciler.qidOf(actor.label(), actor.type())
                    .map(qid -> new Actor(actor.key(), actor.type(), actor.label(), actor.names(), qid,
                            actor.represents(), actor.cameoCode(), actor.representsConfidence()))
                    .orElse(actor);
        }

        private String actorIri(Actor actor) {
            return switch (actor.type()) {
                case TERRITORY -> Iris.territory(actor.label());
                case POPULATION -> Iris.population(actor.label());
                default -> {
                    if (actor.qid() != null) {
                        yield Iris.actor(actor.qid());
                    }
                    if (Gazetteer.bundled().byKey(actor.key()).isPresent()) {
                        yield Iris.actor(actor.label());
                    }
                    yield Iris.localActor(article.id(), actor.label());
                }
            };
        }

        private Literal date(java.time.LocalDate date) {
            return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
        }

        private Literal integer(int value) {
            return model.createTypedLiteral(BigInteger.valueOf(value));
        }
    }
}
