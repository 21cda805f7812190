package org.csi.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Port helpers for the local stack. */
public final class Ports {

    /** Used when the ephemeral range cannot be read (Linux's default is 32768-60999). */
    private static final int[] DEFAULT_EPHEMERAL = {32768, 60999};
    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A port that is free now, chosen outside the OS's ephemeral range. Port 0 would let the OS pick from that range,
     * which every outgoing socket (Kafka and PostgreSQL clients) also draws from: between choosing a port and the
     * server binding it, a client socket could take it (seen as a failed bind at suite start). A random port below the
     * range is only ever taken by another server choosing the same way, and this JVM never hands one out twice.
     */
    public static int free() {
        int[] ephemeral = ephemeralRange();
        int low = LOWEST;
        int high = ephemeral[0] - 1;
        if (high - low < 1_000) { // an unusual ephemeral range: use the ports above it instead
            low = ephemeral[1] + 1;
            high = 65_535;
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(low, high + 1);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + low + " and " + high);
    }

    /** True when something accepts connections on localhost:port. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int[] ephemeralRange() {
        try {
            String[] parts = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL.clone();
        }
    }
}
