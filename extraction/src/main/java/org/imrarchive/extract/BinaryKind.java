package org.imrarchive.extract;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Recognises, by magic number, binary files people commonly drop into a folder of letters. */
final class BinaryKind {

    private static final Set<String> ZIP_BASED_DOCUMENTS = Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp", "epub");

    private BinaryKind() {
    }

    /** A rejection reason for a recognised binary format, or null. */
    static String describe(byte[] b, String extension) {
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6) || startsWith(b, 'P', 'K', 7, 8)) {
            String first = firstZipEntryName(b);
            if (ZIP_BASED_DOCUMENTS.contains(extension) || "[Content_Types].xml".equals(first)
                    || "mimetype".equals(first)) {
                return "an Office/OpenDocument file (zip-based); not supported, save it as PDF";
            }
            return TextExtractor.ZIP;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "a legacy Office file (.doc/.xls/.msg); not supported, save it as PDF";
        }
        String image = imageType(b);
        if (image != null) {
            return "an image file (" + image + "); OCR is not supported";
        }
        return null;
    }

    private static String imageType(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(b, 'I', 'I', '*', 0) || startsWith(b, 'M', 'M', 0, '*')) {
            return "TIFF";
        }
        return null;
    }

    /** Name of the first entry of a zip, from its local file header, or null. */
    private static String firstZipEntryName(byte[] b) {
        if (!startsWith(b, 'P', 'K', 3, 4) || b.length < 30) {
            return null;
        }
        int nameLength = (b[26] & 0xFF) | (b[27] & 0xFF) << 8;
        if (30 + nameLength > b.length) {
            return null;
        }
        return new String(b, 30, nameLength, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
