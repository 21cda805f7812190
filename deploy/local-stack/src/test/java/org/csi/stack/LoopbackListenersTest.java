package org.csi.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The stack's PostgreSQL and Kafka broker listen on loopback only: reachable on 127.0.0.1, refused on the machine's
 * other addresses (the broker speaks PLAINTEXT without authentication, so it must not be reachable from the network).
 */
class LoopbackListenersTest {

    @Test
    void postgresAndKafkaListenOnLoopbackOnly() throws Exception {
        Optional<InetAddress> external = externalAddress();
        Path directory = Files.createTempDirectory("csi-loopback");
        CsiStack stack = CsiStack.start(directory, 0, 0, false);
        try {
            int pg = stack.postgres().port();
            int kafka = stack.kafka().port();
            assertTrue(connects(InetAddress.getByName("127.0.0.1"), pg), "PostgreSQL on 127.0.0.1");
            assertTrue(connects(InetAddress.getByName("127.0.0.1"), kafka), "Kafka on 127.0.0.1");
            Assumptions.assumeTrue(external.isPresent(), "this machine has no address beyond loopback");
            assertFalse(connects(external.get(), pg), "PostgreSQL must not listen on " + external.get());
            assertFalse(connects(external.get(), kafka), "Kafka must not listen on " + external.get());
        } finally {
            stack.close();
        }
    }

    @Test
    void theBindAddressIsLoopbackUnlessConfigured() {
        assertEquals("127.0.0.1", BindAddress.LOOPBACK);
        assertEquals("*", BindAddress.forPostgres("0.0.0.0"));
        assertEquals("127.0.0.1", BindAddress.forPostgres("127.0.0.1"));
        assertEquals("0.0.0.0", BindAddress.forListener("::"));
        assertEquals("[::1]", BindAddress.forListener("::1"));
        assertEquals("localhost", BindAddress.advertised("127.0.0.1"));
        assertEquals("192.0.2.7", BindAddress.advertised("192.0.2.7"));
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            List<InetAddress> addresses = Collections.list(nic.getInetAddresses());
            for (InetAddress a : addresses) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }
}
