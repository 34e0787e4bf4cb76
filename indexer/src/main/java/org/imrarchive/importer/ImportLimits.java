package org.imrarchive.importer;

/**
 * What an import accepts before it calls a file unsafe, and what one import may cost on disk. A zip bomb is
 * caught by what an entry really expands to while it is read, not by the sizes the archive declares (those can
 * lie), and by how many files it holds: 27,000 one-byte files cost as much to account for as 27,000 letters.
 *
 * @param maxFileBytes        largest single file (on disk or inside a zip)
 * @param maxCompressionRatio an entry expanding more than this many times its compressed size ...
 * @param ratioCheckAbove     ... is a bomb once it has expanded beyond this many bytes (small files compress well)
 * @param maxArchiveBytes     most bytes one top-level archive may expand to, nested archives included
 * @param maxZipDepth         zips inside zips: 1 is a plain zip, 3 allows a zip in a zip in a zip
 * @param maxArchiveEntries   most files one top-level archive may hold, nested archives included; the rest of a
 *                            larger one is refused as one file
 * @param maxQuarantineBytes  most bytes of rejected files one import copies to the quarantine; the rest are listed
 *                            in the report only
 * @param maxQuarantineFiles  most rejected files one import copies to the quarantine
 */
public record ImportLimits(long maxFileBytes, long maxCompressionRatio, long ratioCheckAbove, long maxArchiveBytes,
                           int maxZipDepth, long maxArchiveEntries, long maxQuarantineBytes, int maxQuarantineFiles) {

    public ImportLimits {
        if (maxFileBytes <= 0 || maxCompressionRatio <= 0 || ratioCheckAbove < 0 || maxArchiveBytes <= 0 || maxZipDepth < 1
                || maxArchiveEntries < 1 || maxQuarantineBytes < 0 || maxQuarantineFiles < 0) {
            throw new IllegalArgumentException("import limits must be positive: " + maxFileBytes + ", " + maxCompressionRatio
                    + ", " + ratioCheckAbove + ", " + maxArchiveBytes + ", " + maxZipDepth + ", " + maxArchiveEntries
                    + ", " + maxQuarantineBytes + ", " + maxQuarantineFiles);
        }
    }

    /**
     * 200,000 files per archive is twice the largest real upload we know of (the 2013-2024 letters, ~100,000);
     * 256 MB / 1,000 files of quarantine is room for every rejection of a real upload (a few dozen) many times over.
     */
    public static ImportLimits defaults() {
        return new ImportLimits(50L * 1024 * 1024, 100, 1024 * 1024, 4L * 1024 * 1024 * 1024, 3, 200_000,
                256L * 1024 * 1024, 1_000);
    }

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxCompressionRatio, ratioCheckAbove, maxArchiveBytes, maxZipDepth, maxArchiveEntries,
                maxQuarantineBytes, maxQuarantineFiles);
    }

    public ImportLimits withMaxArchiveBytes(long bytes) {
        return new ImportLimits(maxFileBytes, maxCompressionRatio, ratioCheckAbove, bytes, maxZipDepth, maxArchiveEntries,
                maxQuarantineBytes, maxQuarantineFiles);
    }

    public ImportLimits withMaxArchiveEntries(long entries) {
        return new ImportLimits(maxFileBytes, maxCompressionRatio, ratioCheckAbove, maxArchiveBytes, maxZipDepth, entries,
                maxQuarantineBytes, maxQuarantineFiles);
    }

    public ImportLimits withQuarantineBudget(long bytes, int files) {
        return new ImportLimits(maxFileBytes, maxCompressionRatio, ratioCheckAbove, maxArchiveBytes, maxZipDepth,
                maxArchiveEntries, bytes, files);
    }
}
