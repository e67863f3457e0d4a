package org.diplograph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every format shares once it has found its fields: the checks, the date and the stable id. */
final class Articles {

    private static final Logger LOG = LoggerFactory.getLogger(Articles.class);

    /** Header values that sources write where they have no URL. */
    private static final Set<String> NO_URL = Set.of("", "unknown", "none", "n/a");

    private static final int ID_HEX_CHARS = 16;

    private Articles() {
    }

    /**
     * An article from the fields a reader found.
     *
     * @param url  as the source gives it; placeholders such as {@code unknown} mean none
     * @param body the body, boilerplate already removed
     * @throws Rejected when the body is empty
     */
    static Article build(String url, String title, LocalDate date, String body, String sourceFile) throws Rejected {
        if (body.isEmpty()) {
            throw new Rejected("no body text");
        }
        String givenUrl = url == null || NO_URL.contains(url.strip().toLowerCase(Locale.ROOT)) ? null : url.strip();
        String givenTitle = title == null || title.isBlank() ? null : title.strip();
        return new Article(id(givenUrl, body), givenUrl, givenTitle, date, body, sourceFile);
    }

    /**
     * The body of a plain-text article as extraction reads it: joined back into paragraphs where
     * it is wrapped at a fixed width, then without its boilerplate lines, which the rules match
     * whole.
     */
    static String plainBody(String text, Boilerplate boilerplate) {
        return boilerplate.clean(HardWraps.unwrap(text));
    }

    /**
     * The first date among {@code candidates} (best first) that parses; when some were given but
     * none parses, a warning names the source and the article has no date.
     */
    static LocalDate date(String source, String... candidates) {
        List<String> given = Arrays.stream(candidates).filter(c -> c != null && !c.isBlank()).toList();
        for (String candidate : given) {
            Optional<LocalDate> date = Dates.parse(candidate);
            if (date.isPresent()) {
                return date.get();
            }
        }
        if (!given.isEmpty()) {
            LOG.warn("{}: cannot read the date {}, the article gets no date", source, given);
        }
        return null;
    }

    /** SHA-256 of the normalised URL, or of the body where there is no URL, as 16 hex characters. */
    static String id(String url, String body) {
        String key = url != null ? normaliseUrl(url) : body;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The URL as a key: scheme and host in lower case, no fragment, no trailing slash on the
     * path. Works on the text, so that a URL {@link java.net.URI} refuses still gets a key.
     */
    static String normaliseUrl(String url) {
        String text = url.strip();
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        int query = text.indexOf('?');
        String beforeQuery = query >= 0 ? text.substring(0, query) : text;
        String queryPart = query >= 0 ? text.substring(query) : "";
        int schemeEnd = beforeQuery.indexOf("://");
        if (schemeEnd > 0) {
            int pathStart = beforeQuery.indexOf('/', schemeEnd + 3);
            String authority = pathStart >= 0 ? beforeQuery.substring(schemeEnd + 3, pathStart)
                    : beforeQuery.substring(schemeEnd + 3);
            String path = pathStart >= 0 ? beforeQuery.substring(pathStart) : "";
            int at = authority.lastIndexOf('@');
            authority = authority.substring(0, at + 1) + authority.substring(at + 1).toLowerCase(Locale.ROOT);
            beforeQuery = beforeQuery.substring(0, schemeEnd).toLowerCase(Locale.ROOT) + "://" + authority + path;
        }
        while (beforeQuery.endsWith("/")) {
            beforeQuery = beforeQuery.substring(0, beforeQuery.length() - 1);
        }
        return beforeQuery + queryPart;
    }
}
