package org.imrarchive.storage;

/** What the cluster says of itself; {@code status} is green, yellow, red, busy or unreachable. */
public record ClusterHealth(String clusterName, String status, int nodes, int activeShards, int unassignedShards,
                            String error) {

    public ClusterHealth(String clusterName, String status, int nodes, int activeShards, int unassignedShards) {
        this(clusterName, status, nodes, activeShards, unassignedShards, null);
    }

    public static ClusterHealth unreachable(String error) {
        return new ClusterHealth(null, "unreachable", 0, 0, 0, error);
    }

    /** The cluster answered, but refused for lack of memory or threads (a circuit breaker, a full queue). */
    public static ClusterHealth busy() {
        return new ClusterHealth(null, "busy", 0, 0, 0,
                "Elasticsearch is refusing requests while it is full (memory or search queue): try again shortly");
    }

    public boolean available() {
        return "green".equals(status) || "yellow".equals(status);
    }
}
