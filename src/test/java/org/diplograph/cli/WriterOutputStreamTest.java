package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WriterOutputStreamTest {

    @Test
    void charactersSplitAcrossWritesComeOutWhole() throws IOException {
        String text = "Genève – Kyiv: «ceasefire» 停火 \uD83D\uDD4A";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= bytes.length; split++) {
            StringWriter writer = new StringWriter();
            try (OutputStream out = new WriterOutputStream(writer)) {
                out.write(bytes, 0, split);
                out.flush();
                out.write(bytes, split, bytes.length - split);
            }
            assertEquals(text, writer.toString(), "split after byte " + split);
        }
    }

    @Test
    void writesLargerThanTheBufferPassThrough() throws IOException {
        String text = "é".repeat(20_000);
        StringWriter writer = new StringWriter();
        try (OutputStream out = new WriterOutputStream(writer)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(text, writer.toString());
    }
}
