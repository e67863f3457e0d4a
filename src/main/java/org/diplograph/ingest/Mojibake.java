package org.diplograph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * UTF-8 text that was once decoded as Windows-1252 and saved again, as scrapers and old
 * content systems do: "Ukraine\u00e2\u20ac\u2122s" for "Ukraine\u2019s", "\u00e2\u20ac\u0153"
 * for an opening quote, "Vu\u00c4\u008di\u00c4\u2021" for "Vu\u010di\u0107". The tagger does
 * not know such a name, so the side it names is lost.
 * <p>
 * Each run of characters between spaces is repaired on its own: where all of them are
 * characters Windows-1252 (or Latin-1, for the five bytes it leaves undefined) can write, and
 * their bytes are valid UTF-8 that holds a character beyond ASCII, the run becomes what those
 * bytes say. Text written right ("caf\u00e9", "Z\u00fcrich", "\u2019") is never valid UTF-8
 * read this way, and stays as it is. A decoder that replaced the undefined bytes lost them, and
 * such a run stays too, save for the closing double quote (below).
 */
final class Mojibake {

    /** The Windows-1252 byte of each character it writes in 0x80 to 0x9F. */
    private static final Map<Character, Byte> CP1252_HIGH = cp1252High();

    private Mojibake() {
    }

    static String repair(String text) {
        if (!mayHoldMojibake(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            out.append(repairRun(text, i, end));
            while (end < text.length() && isSpace(text.charAt(end))) {
                out.append(text.charAt(end++));
            }
            i = end;
        }
        return out.toString();
    }

    /** Whether a character that starts a UTF-8 sequence, read as Windows-1252, occurs at all. */
    private static boolean mayHoldMojibake(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                return true;
            }
        }
        return false;
    }

    private static String repairRun(String text, int begin, int end) {
        byte[] bytes = new byte[end - begin];
        boolean beyondAscii = false;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            Byte high = CP1252_HIGH.get(c);
            if (c == '\uFFFD' && i - begin >= 2 && text.charAt(i - 2) == '\u00e2' && text.charAt(i - 1) == '\u20ac') {
                // the closing double quote's last byte, 0x9D, is one Windows-1252 leaves
                // undefined, and a decoder that replaces it leaves this; no other character
                // that "\u00e2\u20ac" begins is common in news
                bytes[i - begin] = (byte) 0x9D;
            } else if (c < 0x100) {
                bytes[i - begin] = (byte) c;
            } else if (high != null) {
                bytes[i - begin] = high;
            } else {
                return text.substring(begin, end);
            }
            beyondAscii |= c >= 0x80;
        }
        if (!beyondAscii) {
            return text.substring(begin, end);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return text.substring(begin, end);
        }
    }

    /** Line breaks and spaces, which a mis-decoding leaves as they were. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static Map<Character, Byte> cp1252High() {
        CharsetDecoder cp1252 = Charset.forName("windows-1252").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Map<Character, Byte> high = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            try {
                CharBuffer decoded = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                high.put(decoded.charAt(0), (byte) b);
            } catch (CharacterCodingException e) {
                // a byte Windows-1252 leaves undefined stays the Latin-1 control character of that value
            }
        }
        return Map.copyOf(high);
    }
}
