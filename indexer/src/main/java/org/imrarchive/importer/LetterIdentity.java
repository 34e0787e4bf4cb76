package org.imrarchive.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What makes two files the same letter, so that importing one twice never adds it twice. */
final class LetterIdentity {

    private LetterIdentity() {
    }

    /**
     * The case number when the letter gives one; else a hash of its text with whitespace runs collapsed,
     * so the same letter as PDF and as text (different bytes, different line breaks) gets one id.
     */
    static String letterId(String caseNumber, String text) {
        if (caseNumber != null && !caseNumber.isBlank()) {
            return caseNumber.strip();
        }
        String normalised = text.replaceAll("[\\s\\u00A0]+", " ").strip();
        return "sha256:" + sha256(normalised.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
