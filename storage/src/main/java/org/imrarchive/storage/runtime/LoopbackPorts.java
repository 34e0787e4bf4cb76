package org.imrarchive.storage.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports for nodes on 127.0.0.1 that nothing listens on right now. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * {@code count} distinct free ports. All are held open until every one is chosen: asking one at a
     * time can hand out the same port twice (it was released in between), which once gave a node the same
     * HTTP and transport port. They are released before the nodes bind them, so another process could
     * still take one in between; the kernel hands out ephemeral ports in rotation, which makes that rare.
     */
    static List<Integer> free(int count) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }
}
