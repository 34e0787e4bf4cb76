package org.imrarchive.storage.runtime;

/**
 * How the embedded node this process keeps running is doing, for the health endpoint.
 *
 * @param state       running; restarting (its process died and it is being started again); failed (the
 *                    restarts in a row were used up, the node stays down until the server is restarted)
 * @param attempt     while restarting, which attempt in a row this is (1-based); else 0
 * @param maxAttempts the attempts in a row made before giving up
 * @param restarts    restarts that succeeded since this process started the node
 * @param lastExit    what happened last ("the node's process exited with code 137"), null before anything did
 */
public record NodeSupervision(State state, int attempt, int maxAttempts, int restarts, String lastExit) {

    /** Lower case: the health endpoint shows them as they are. */
    public enum State { running, restarting, failed }
}
