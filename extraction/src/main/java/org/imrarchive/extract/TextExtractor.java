package org.imrarchive.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a file's bytes into plain text for the parser.
 *
 * <p>The kind of file is decided by its content first: {@code %PDF-} in the first 1024 bytes is a PDF; a zip,
 * image or legacy Office file is rejected by its magic number; text whose start looks like HTML
 * ({@code <!doctype html}, {@code <html}, {@code <body}) is HTML. Only then does the file name's extension count
 * ({@code .pdf}, {@code .html}/{@code .htm}/{@code .xhtml}); anything else is tried as plain text.
 *
 * <p>Immutable and thread-safe. {@link #extract} never throws: every failure, including a bug in a library, comes
 * back as {@link Extraction.Rejected} with a reason. (Virtual-machine errors other than stack overflow, such as
 * {@link OutOfMemoryError}, are not caught.)
 */
public final class TextExtractor {

    /** Default size limit: 50 MiB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    static final String EMPTY = "empty file";
    static final String BINARY = "binary file, not text";
    static final String ZIP = "a zip archive; import it as an archive";

    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int HTML_SNIFF_CHARS = 1024;
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");

    private final long maxBytes;

    /** An extractor that accepts files up to {@link #DEFAULT_MAX_BYTES}. */
    public TextExtractor() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes largest file accepted, in bytes; larger files are rejected without being read
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public TextExtractor(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param fileName the file's name (only its extension is used, as a fallback); may be null
     * @param bytes    the file's content; null is treated as an empty file
     * @return the text, or the reason there is none; never null, never throws
     */
    public Extraction extract(String fileName, byte[] bytes) {
        try {
            return extractUnchecked(fileName, bytes);
        } catch (Exception | StackOverflowError e) {
            return new Extraction.Rejected("could not extract text: " + shortCause(e));
        }
    }

    private Extraction extractUnchecked(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Extraction.Rejected(EMPTY);
        }
        if (bytes.length > maxBytes) {
            return new Extraction.Rejected("file too large: " + bytes.length + " bytes (limit " + maxBytes + ")");
        }
        if (indexOf(bytes, "%PDF-", PDF_HEADER_WINDOW) >= 0) {
            return PdfText.extract(bytes);
        }
        String ext = extension(fileName);
        String binaryKind = BinaryKind.describe(bytes, ext);
        if (binaryKind != null) {
            return new Extraction.Rejected(binaryKind);
        }
        if (ext.equals("pdf")) {
            return new Extraction.Rejected("corrupt PDF: no %PDF- header");
        }

        Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(bytes);
        if (decoded.isEmpty()) {
            return new Extraction.Rejected(BINARY);
        }
        String text = decoded.get().text();
        if (TextDecoder.isBlank(text)) {
            return new Extraction.Rejected(EMPTY);
        }
        if (looksLikeHtml(text) || HTML_EXTENSIONS.contains(ext)) {
            return html(bytes);
        }
        return new Extraction.Text(text, Extraction.PLAIN);
    }

    private static Extraction html(byte[] bytes) {
        Optional<TextDecoder.Decoded> decoded = TextDecoder.decodeHtml(bytes);
        if (decoded.isEmpty()) {
            return new Extraction.Rejected(BINARY);
        }
        String text = HtmlText.toText(decoded.get().text());
        if (TextDecoder.isBlank(text)) {
            return new Extraction.Rejected("HTML has no visible text");
        }
        return new Extraction.Text(text, Extraction.HTML);
    }

    /** An HTML document type, root or body tag near the start, ignoring case and leading whitespace/comments. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), HTML_SNIFF_CHARS)).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (!head.startsWith("<")) {
            return false;
        }
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body");
    }

    /** Lower-case extension without the dot, or "" when there is none. */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** First index of ASCII {@code needle} that starts within the first {@code window} bytes, or -1. */
    static int indexOf(byte[] bytes, String needle, int window) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(window, bytes.length - n.length);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < n.length; j++) {
                if (bytes[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The first line of a throwable's message, at most 160 characters, or its class name when it has none. */
    static String shortCause(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
