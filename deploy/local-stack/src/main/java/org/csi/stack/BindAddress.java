package org.csi.stack;

import java.util.Locale;

/**
 * The address the local run's servers listen on: loopback only ({@code 127.0.0.1}) unless {@code CSI_BIND_ADDRESS}
 * says otherwise (e.g. {@code 0.0.0.0} for every interface). The local broker speaks PLAINTEXT without authentication
 * and the database trusts local connections, so anyone who can reach a listening port can publish forged CSI events or
 * read the data: they stay on loopback by default. Production (deploy/production) configures its own listeners.
 */
public final class BindAddress {

    public static final String ENV = "CSI_BIND_ADDRESS";
    public static final String LOOPBACK = "127.0.0.1";

    private BindAddress() {
    }

    /** {@code CSI_BIND_ADDRESS}, or 127.0.0.1. */
    public static String fromEnvironment() {
        String value = System.getenv(ENV);
        return value == null || value.isBlank() ? LOOPBACK : value.strip();
    }

    public static boolean isWildcard(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        return a.equals("0.0.0.0") || a.equals("::") || a.equals("[::]") || a.equals("*");
    }

    public static boolean isLoopback(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        return a.startsWith("127.") || a.equals("::1") || a.equals("[::1]") || a.equals("localhost");
    }

    /** For PostgreSQL's listen_addresses. */
    static String forPostgres(String address) {
        return isWildcard(address) ? "*" : unbracket(address);
    }

    /** For a Kafka listener or a Quarkus http host. */
    static String forListener(String address) {
        if (isWildcard(address)) {
            return "0.0.0.0";
        }
        String bare = unbracket(address);
        return bare.contains(":") ? "[" + bare + "]" : bare;
    }

    /** What Kafka clients are told to connect to. */
    static String advertised(String address) {
        return isWildcard(address) || isLoopback(address) ? "localhost" : forListener(address);
    }

    /** For quarkus.http.host and the mail sink. */
    public static String forHost(String address) {
        return isWildcard(address) ? "0.0.0.0" : unbracket(address);
    }

    private static String unbracket(String a) {
        return a.startsWith("[") && a.endsWith("]") ? a.substring(1, a.length() - 1) : a;
    }
}
