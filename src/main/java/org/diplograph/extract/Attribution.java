package org.diplograph.extract;

/** How the source attributes a statement; each maps to a concept of dip:Attributions. */
public enum Attribution {
    DIRECT_QUOTE("DirectQuote"),
    REPORTED_SPEECH("ReportedSpeech"),
    ANONYMOUS_SOURCES("AnonymousSources"),
    DOCUMENT("Document");

    private final String localName;

    Attribution(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
