package org.imrarchive.storage;

/** What the cluster says of itself; {@code status} is green, yellow, red or unreachable. */
public record ClusterHealth(String clusterName, String status, int nodes, int activeShards, int unassignedShards,
                            String error) {

    public ClusterHealth(String clusterName, String status, int nodes, int activeShards, int unassignedShards) {
        this(clusterName, status, nodes, activeShards, unassignedShards, null);
    }

    public static ClusterHealth unreachable(String error) {
        return new ClusterHealth(null, "unreachable", 0, 0, 0, error);
    }

    public boolean available() {
        return "green".equals(status) || "yellow".equals(status);
    }
}
