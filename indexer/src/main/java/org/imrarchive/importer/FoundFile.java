package org.imrarchive.importer;

/**
 * One file an import met: on disk, or an entry inside a (possibly nested) zip, named as
 * {@code archive.zip!/inner/path.pdf}. Its content is read only when asked, and only while the walker
 * is at it (inside the sink's {@code accept}), so files the ledger already accounts for are never read.
 *
 * @param size the size the file system or the zip's directory declares; -1 when unknown
 */
record FoundFile(String path, long size, Content content) {

    @FunctionalInterface
    interface Content {
        /** The bytes, bounded by the import's limits; a file that must not be read is refused. */
        byte[] read() throws Refusal;
    }

    static FoundFile refused(String path, long size, String reason) {
        return new FoundFile(path, size, () -> {
            throw new Refusal(reason, null);
        });
    }

    /** Why a file is not imported, with its bytes when they could be read safely (for the quarantine). */
    static final class Refusal extends Exception {
        private final transient byte[] bytes;

        Refusal(String reason, byte[] bytes) {
            super(reason, null, false, false);
            this.bytes = bytes;
        }

        String reason() {
            return getMessage();
        }

        byte[] bytes() {
            return bytes;
        }
    }
}
