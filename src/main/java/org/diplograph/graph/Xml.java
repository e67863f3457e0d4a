package org.diplograph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The DOM plumbing the two XML writers share: one document, one namespace, indented UTF-8. */
final class Xml {

    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final Document document;
    private final String namespace;

    private Xml(Document document, String namespace) {
        this.document = document;
        this.namespace = namespace;
    }

    /** A document whose root element {@code root} is in {@code namespace}, with its schema location. */
    static Xml create(String namespace, String root, String schemaLocation) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element element = document.createElementNS(namespace, root);
            element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
            element.setAttributeNS(XSI, "xsi:schemaLocation", namespace + " " + schemaLocation);
            document.appendChild(element);
            return new Xml(document, namespace);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder: " + e.getMessage(), e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** A new element under {@code parent}, with attributes given as name, value pairs. */
    Element add(Element parent, String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs, but " + attributes.length
                    + " strings were given");
        }
        Element element = document.createElementNS(namespace, name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    /** A new element under {@code parent} holding {@code text}. */
    Element addText(Element parent, String name, String text, String... attributes) {
        Element element = add(parent, name, attributes);
        element.setTextContent(text);
        return element;
    }

    /**
     * Writes the document with the JDK's own transformer (not whichever one the classpath brings),
     * so the bytes stay the same; the declaration is written here to get it on a line of its own.
     */
    void write(OutputStream out) {
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XML: " + e.getMessage(), e);
        }
    }
}
