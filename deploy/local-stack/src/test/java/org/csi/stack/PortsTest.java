package org.csi.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void portsComeFromOutsideTheEphemeralRangeNeverTwiceAndBindable() throws IOException {
        int[] ephemeral = Ports.ephemeralRange();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Ports.free();
            assertFalse(port >= ephemeral[0] && port <= ephemeral[1], port + " is in the ephemeral range");
            assertTrue(seen.add(port), port + " handed out twice");
        }
        int port = Ports.free();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(port));
            assertEquals(port, server.getLocalPort());
        }
    }
}
