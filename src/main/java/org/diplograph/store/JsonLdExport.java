package org.diplograph.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * JSON-LD output of one graph. Jena's JSON-LD 1.1 writer compacts with the graph's prefixes
 * only, so when the project's context file is there the expanded form is compacted against it
 * with Titanium, the JSON-LD processor Jena itself uses.
 */
final class JsonLdExport {

    private JsonLdExport() {
    }

    static void write(OutputStream out, Graph graph, Path context) {
        if (context == null) {
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(graph), RDFFormat.JSONLD11_PRETTY);
            return;
        }
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, DatasetGraphFactory.wrap(graph), RDFFormat.JSONLD11_PLAIN);
        try (InputStream contextIn = Files.newInputStream(context)) {
            JsonObject compacted = JsonLd.compact(
                    JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                    JsonDocument.of(contextIn)).get();
            StringWriter text = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(text)) {
                writer.write(compacted);
            }
            text.write('\n');
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (JsonLdError e) {
            throw new StoreException("cannot compact the JSON-LD export with the context " + context
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot read the JSON-LD context " + context + ": " + e.getMessage(), e);
        }
    }
}
