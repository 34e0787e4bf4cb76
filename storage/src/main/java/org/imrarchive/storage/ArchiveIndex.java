package org.imrarchive.storage;

/**
 * The archive's indices. Each is reached through an alias ({@code imr-decisions}) that points at a
 * versioned index ({@code imr-decisions-v2}); a mapping change bumps the version, copies and swaps
 * the alias, so no data is lost.
 */
public enum ArchiveIndex {
    DECISIONS("decisions", "imr/mappings/decisions-index.json", 4),
    LETTERS("letters", "imr/mappings/letters-index.json", 1),
    IMPORTS("imports", "imr/mappings/imports-index.json", 1);

    private final String suffix;
    private final String resource;
    private final int version;

    ArchiveIndex(String suffix, String resource, int version) {
        this.suffix = suffix;
        this.resource = resource;
        this.version = version;
    }

    public String alias(String prefix) {
        return prefix + "-" + suffix;
    }

    public String versionedName(String prefix) {
        return alias(prefix) + "-v" + version;
    }

    public String resource() {
        return resource;
    }

    public int version() {
        return version;
    }
}
