package org.imrarchive.importer;

/**
 * A file of an import job, as read: where it is, its line in the job's ledger, and its content.
 *
 * @param sha256 the content's hash; null when the file was refused before it could be read
 * @param bytes  the content; null when the file was refused before it could be read
 */
record JobFile(String path, String key, String sha256, byte[] bytes) {
}
