package org.diplograph.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into article text, refusing what is not UTF-8 text. */
final class TextBytes {

    /** Bytes per megabyte in messages and limits: decimal, as "MB" is read by most users. */
    static final long MEGABYTE = 1_000_000L;

    /**
     * Text files carry at most a few stray control characters; in binary files
     * they are common. One in twenty is far above the first and well below the second.
     */
    private static final int CONTROL_SHARE_DIVISOR = 20;

    private TextBytes() {
    }

    /**
     * Whether {@code length} bytes from {@code offset} look binary: any NUL byte, or more than
     * one control byte in twenty (tab, line feed, form feed and carriage return are text).
     */
    static boolean looksBinary(byte[] bytes, int offset, int length) {
        int controls = 0;
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                controls++;
            }
        }
        return (long) controls * CONTROL_SHARE_DIVISOR > length;
    }

    /**
     * Decodes strict UTF-8, dropping a byte order mark at the start.
     *
     * @param baseOffset where {@code bytes[offset]} sits in its file, so that the message
     *                   names the file's byte (counted from 0)
     */
    static String decodeUtf8(byte[] bytes, int offset, int length, long baseOffset) throws Rejected {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Rejected("invalid UTF-8 at byte " + (baseOffset + in.position() - offset));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Checks the whole of a text file and decodes it, repairing text once mis-decoded ({@link Mojibake}). */
    static String text(byte[] bytes) throws Rejected {
        if (looksBinary(bytes, 0, bytes.length)) {
            throw new Rejected("binary content, not text");
        }
        return Mojibake.repair(decodeUtf8(bytes, 0, bytes.length, 0));
    }

    /** Line feeds only, so that offsets into the body do not depend on the platform that wrote it. */
    static String unixLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Throws when {@code bytes} exceeds {@code limit}, naming both in megabytes. */
    static void checkSize(String what, long bytes, long limit, String limitSuffix) throws Rejected {
        if (bytes > limit) {
            throw new Rejected(what + " is " + megabytesOver(bytes, limit) + " MB, over the "
                    + megabytes(limit, 0) + " MB limit" + limitSuffix);
        }
    }

    /** UTF-8 length of {@code text} without encoding it. */
    static long utf8Length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** {@code bytes} in MB with one decimal, or more where one would round it down to the limit. */
    private static String megabytesOver(long bytes, long limit) {
        BigDecimal limitMb = BigDecimal.valueOf(limit).divide(BigDecimal.valueOf(MEGABYTE));
        for (int scale = 1; scale < 6; scale++) {
            BigDecimal size = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGABYTE), scale, RoundingMode.HALF_UP);
            if (size.compareTo(limitMb) > 0) {
                return size.toPlainString();
            }
        }
        return megabytes(bytes, 6);
    }

    private static String megabytes(long bytes, int minScale) {
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGABYTE), 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return mb.scale() < minScale ? mb.setScale(minScale).toPlainString() : mb.toPlainString();
    }
}
