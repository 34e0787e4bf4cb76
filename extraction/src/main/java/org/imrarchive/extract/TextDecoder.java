package org.imrarchive.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a text file without guessing more than the corpus needs.
 *
 * <p>Order: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; otherwise bytes that decode as strict UTF-8 are UTF-8
 * (pure ASCII included); otherwise windows-1252, which is a superset of ISO-8859-1's printable characters and is
 * what US Windows tools write. Statistical detectors (ICU4J, juniversalchardet) were tried and mislabel short
 * Western text (e.g. "résumé" as Big5 or ISO-8859-2), so they are not used.
 *
 * <p>Content with NUL bytes, or with more than {@value #MAX_CONTROL_RATIO} of its characters being control
 * characters, is treated as binary. Decoded text is returned as found: line endings are not touched; only a
 * leading byte-order mark is removed.
 */
final class TextDecoder {

    /** Characters counted as "control" above this fraction of the text mean the file is not text. */
    static final double MAX_CONTROL_RATIO = 0.05;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decoded text and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {
    }

    /** Decodes {@code bytes}, or returns empty when they look binary. */
    static Optional<Decoded> decode(byte[] bytes) {
        Decoded decoded = decodeUnchecked(bytes);
        return looksBinary(decoded.text()) ? Optional.empty() : Optional.of(decoded);
    }

    /**
     * Decodes HTML: like {@link #decode(byte[])}, except that when the bytes have no BOM and are not UTF-8, a
     * {@code <meta charset>} (or {@code http-equiv} content-type) declaration is honoured if Java supports it.
     */
    static Optional<Decoded> decodeHtml(byte[] bytes) {
        Decoded decoded = decodeUnchecked(bytes);
        if (decoded.charset() == WINDOWS_1252) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !isWindows1252Family(declared)) {
                decoded = new Decoded(new String(bytes, declared), declared);
            }
        }
        return looksBinary(decoded.text()) ? Optional.empty() : Optional.of(decoded);
    }

    private static Decoded decodeUnchecked(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return new Decoded(windows1252(bytes), WINDOWS_1252);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * windows-1252 as browsers decode it (WHATWG): the five bytes the Java charset leaves unmapped (0x81, 0x8D,
     * 0x8F, 0x90, 0x9D) become the C1 controls of the same value instead of U+FFFD, so nothing is lost and they
     * still count as control characters in the binary check.
     */
    static String windows1252(byte[] bytes) {
        String java = new String(bytes, WINDOWS_1252);
        if (java.indexOf('\uFFFD') < 0) {
            return java;
        }
        StringBuilder sb = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            char c = java.charAt(i); // single-byte charset: one char per byte
            sb.append(c == '\uFFFD' ? (char) (bytes[i] & 0xFF) : c);
        }
        return sb.toString();
    }

    /** NUL, or too many C0/C1 control characters (tab, LF, VT, FF and CR are text). */
    static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return controls > MAX_CONTROL_RATIO * text.length();
    }

    private static boolean isControl(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r';
        }
        return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFFFD';
    }

    /** True when the text is empty or only whitespace, counting no-break and zero-width spaces and stray BOMs. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The charset an HTML page declares in its first 2 KB, if Java knows it. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) { // unknown or illegal name
            return null;
        }
    }

    private static boolean isWindows1252Family(Charset cs) {
        // Per WHATWG, a page labelled ISO-8859-1 or US-ASCII is decoded as windows-1252; a page labelled UTF-8 or
        // UTF-16 whose bytes are not valid UTF-8 is best read as windows-1252 too.
        return cs.equals(WINDOWS_1252) || cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)
                || cs.equals(StandardCharsets.UTF_8) || cs.name().startsWith("UTF-16");
    }
}
