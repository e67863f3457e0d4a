package org.diplograph.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

import org.diplograph.ingest.Article;

/**
 * An ingested article as it travels between Spark's stages, with the hash of its content: the
 * SHA-256 of its URL, title, date and body, the fields that make its graph (its source file's
 * name is left out, so that an article moved to another folder is not built again).
 */
public record ArticleRow(String id, String url, String title, LocalDate date, String body, String sourceFile,
        String hash) implements Serializable {

    private static final long serialVersionUID = 1L;

    static ArticleRow of(Article article) {
        return new ArticleRow(article.id(), article.url(), article.title(), article.date(), article.body(),
                article.sourceFile(), hash(article));
    }

    Article article() {
        return new Article(id, url, title, date, body, sourceFile);
    }

    /** The key of an article in the manifest of the runs: its id and its content hash. */
    String key() {
        return id + "\t" + hash;
    }

    static String hash(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {article.url(), article.title(),
                    article.date() == null ? null : article.date().toString(), article.body()}) {
                digest.update((field == null ? "\u0000" : field).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
