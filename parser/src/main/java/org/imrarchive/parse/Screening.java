package org.imrarchive.parse;

/** First look at an input: is it text at all? Gives the rejection reason, or null when the text may be a letter. */
final class Screening {

    /** Fewer letters than this is not a letter's text. */
    private static final int MIN_LETTERS = 40;

    private Screening() {
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0);
    }

    static String rejectReason(String text) {
        if (text == null) {
            return "empty input: no text to parse";
        }
        if (text.isBlank()) {
            return "empty input: no text to parse";
        }
        String head = text.length() > 1024 ? text.substring(0, 1024) : text;
        String trimmedHead = head.stripLeading();
        if (trimmedHead.startsWith("%PDF-")) {
            boolean encrypted = text.contains("/Encrypt");
            return "not text: input is raw PDF data, not extracted text"
                    + (encrypted ? " (the PDF is encrypted)" : " (the PDF may be corrupt or its text was not extracted)");
        }
        if (trimmedHead.startsWith("PK\u0003\u0004") || trimmedHead.startsWith("\u00D0\u00CF\u0011\u00E0")) {
            return "not text: input looks binary (an archive or office document)";
        }
        int n = Math.min(text.length(), 200_000);
        int control = 0;
        int replacement = 0;
        int letters = 0;
        int i = 0;
        // Letters only matter up to MIN_LETTERS: count them until then, and after that look only for bad characters,
        // a much cheaper loop over the rest of the text (it runs once per imported file).
        for (; i < n && letters < MIN_LETTERS; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letters++; // ASCII letters first: most characters, without the Character lookup
            } else if (c >= 0x20 && c < 0x7F) {
                continue; // other printable ASCII: neither control, undecodable nor a letter
            } else if (c == '\uFFFD') {
                replacement++;
            } else if (isControl(c)) {
                control++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c == '\uFFFD') {
                replacement++;
            } else if (isControl(c)) {
                control++;
            }
        }
        double bad = (control + replacement) / (double) n;
        if (bad > 0.05) {
            return String.format(java.util.Locale.ROOT, "not text: input looks binary (%.0f%% control or undecodable characters)", bad * 100);
        }
        if (letters < MIN_LETTERS) {
            return "not an IMR determination letter: too little text (" + letters + " letters)";
        }
        return null;
    }
}
