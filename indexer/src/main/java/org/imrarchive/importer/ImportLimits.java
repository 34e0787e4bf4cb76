package org.imrarchive.importer;

/**
 * What an import accepts before it calls a file unsafe. A zip bomb is caught by what an entry really
 * expands to while it is read, not by the sizes the archive declares (those can lie).
 *
 * @param maxFileBytes        largest single file (on disk or inside a zip)
 * @param maxCompressionRatio an entry expanding more than this many times its compressed size ...
 * @param ratioCheckAbove     ... is a bomb once it has expanded beyond this many bytes (small files compress well)
 * @param maxArchiveBytes     most bytes one top-level archive may expand to, nested archives included
 * @param maxZipDepth         zips inside zips: 1 is a plain zip, 3 allows a zip in a zip in a zip
 */
public record ImportLimits(long maxFileBytes, long maxCompressionRatio, long ratioCheckAbove, long maxArchiveBytes,
                           int maxZipDepth) {

    public ImportLimits {
        if (maxFileBytes <= 0 || maxCompressionRatio <= 0 || ratioCheckAbove < 0 || maxArchiveBytes <= 0 || maxZipDepth < 1) {
            throw new IllegalArgumentException("import limits must be positive: " + maxFileBytes + ", " + maxCompressionRatio
                    + ", " + ratioCheckAbove + ", " + maxArchiveBytes + ", " + maxZipDepth);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(50L * 1024 * 1024, 100, 1024 * 1024, 4L * 1024 * 1024 * 1024, 3);
    }

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxCompressionRatio, ratioCheckAbove, maxArchiveBytes, maxZipDepth);
    }

    public ImportLimits withMaxArchiveBytes(long bytes) {
        return new ImportLimits(maxFileBytes, maxCompressionRatio, ratioCheckAbove, bytes, maxZipDepth);
    }
}
