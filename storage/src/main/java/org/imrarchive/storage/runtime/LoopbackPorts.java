package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports for nodes on 127.0.0.1 that nothing listens on right now. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * A port the kernel considers free. It is released before the node binds it, so another process
     * could take it in between; the kernel hands out ephemeral ports in rotation, which makes that rare.
     */
    static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
