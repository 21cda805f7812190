package org.csi.notification.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * SSRF guard for webhook URLs. A URL may be called only when it is http(s), carries no credentials, and EVERY address
 * its host resolves to is a public unicast address. Refused, with their IPv6 forms:
 * <ul>
 * <li>IPv4: 0/8 (this network), 10/8, 172.16/12, 192.168/16 (private), 100.64/10 (shared, carrier-grade NAT),
 * 127/8 (loopback), 169.254/16 (link-local, cloud metadata), 192.0.0/24 (IETF protocol assignments), 192.0.2/24,
 * 198.51.100/24, 203.0.113/24 (documentation), 192.88.99/24 (6to4 relay), 198.18/15 (benchmarking), 224/4 (multicast),
 * 240/4 (reserved, broadcast);</li>
 * <li>IPv6: everything outside global unicast 2000::/3 (so ::, ::1, fc00::/7 unique-local incl. fd00::/8,
 * fe80::/10 link-local, fec0::/10 site-local, ff00::/8 multicast, 100::/64 discard, 64:ff9b:1::/48 local NAT64), and
 * inside it 2001::/23 (IETF protocol assignments: Teredo 2001::/32, benchmarking, ORCHID), 2001:db8::/32 and 3fff::/20
 * (documentation). Forms that embed an IPv4 address are judged by that address: IPv4-mapped ::ffff:0:0/96, NAT64
 * 64:ff9b::/96, 6to4 2002::/16 (so {@code [::ffff:169.254.169.254]}, {@code [64:ff9b::a9fe:a9fe]} and
 * {@code [2002:a9fe:a9fe::]} are the metadata service and refused).</li>
 * </ul>
 * Overrides: {@code csi.notification.allow-loopback-webhooks=true} allows 127/8 and ::1 (tests and the local run);
 * {@code csi.notification.webhook-allowed-networks} lists CIDR ranges (e.g. {@code 10.20.0.0/16,fd12:3456::/48})
 * whose addresses are allowed although they are not public (an internal receiver). The unspecified addresses
 * 0.0.0.0 and :: are refused whatever is configured.
 * <p>
 * Checked when a URL is registered and again before every call with {@link #resolve(String)}: the host is resolved
 * ONCE, every address is checked, and the caller connects to the checked addresses only (never resolving the name
 * again), so a DNS answer that changes between check and connect (DNS rebinding) cannot lead the call elsewhere.
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    /** Resolves a host name to its addresses; a seam so tests can answer like a hostile DNS server. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that passed the check, with the addresses it may be connected to (in the resolver's order). */
    public record Target(URI uri, String host, int port, boolean https, String pathAndQuery,
            List<InetAddress> addresses) {
    }

    /** The result of {@link #resolve(String)}: a target, or why there is none. */
    public record Resolution(Optional<Target> target, Optional<String> refusal, boolean unresolvable) {
    }

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata",
            "metadata.azure.internal", "instance-data", "instance-data.ec2.internal");

    private final boolean allowLoopback;
    private final List<Cidr> allowedNetworks;
    private final HostResolver resolver;

    @Inject
    WebhookUrlPolicy(@ConfigProperty(name = "csi.notification.allow-loopback-webhooks", defaultValue = "false")
            boolean allowLoopback,
            @ConfigProperty(name = "csi.notification.webhook-allowed-networks") Optional<List<String>> allowedNetworks) {
        this(allowLoopback, allowedNetworks.orElse(List.of()), InetAddress::getAllByName);
    }

    WebhookUrlPolicy(boolean allowLoopback, List<String> allowedNetworks, HostResolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowedNetworks = allowedNetworks.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Cidr::parse)
                .toList();
        this.resolver = resolver;
    }

    /**
     * For registering a URL: why it is refused, or empty when it may be stored. A host that does not resolve now is
     * accepted (it is checked again before each call).
     */
    public Optional<String> violation(String url) {
        Resolution r = resolve(url);
        return r.unresolvable() ? Optional.empty() : r.refusal();
    }

    /** Resolves the URL's host once and checks every address; the target carries exactly the checked addresses. */
    public Resolution resolve(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return refused("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return refused("must not carry credentials");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return refused("must name a host");
        }
        host = host.toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String name = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
        if (METADATA_HOSTS.contains(name) || name.startsWith("metadata.") && name.endsWith(".internal")) {
            return refused("must not point at a cloud metadata service");
        }
        if (numericButNotDottedQuad(name)) {
            // 2130706433, 0x7f.1, 0177.0.0.1, 127.1: resolvers disagree on what these mean, so none is called
            return refused("must write an IPv4 address as four decimal numbers");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException | SecurityException e) {
            return new Resolution(Optional.empty(), Optional.of("host does not resolve"), true);
        }
        if (addresses == null || addresses.length == 0) {
            return new Resolution(Optional.empty(), Optional.of("host does not resolve"), true);
        }
        List<InetAddress> checked = new ArrayList<>(addresses.length);
        for (InetAddress address : addresses) {
            Optional<String> why = refusal(address);
            if (why.isPresent()) {
                return refused("must not point at " + why.get());
            }
            checked.add(address);
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Resolution(Optional.of(new Target(uri, bare, port, https, pathAndQuery, List.copyOf(checked))),
                Optional.empty(), false);
    }

    private static final java.util.regex.Pattern NUMERIC_LABEL = java.util.regex.Pattern.compile("[0-9]+|0x[0-9a-f]*");
    private static final java.util.regex.Pattern DOTTED_QUAD = java.util.regex.Pattern
            .compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    /** A host whose last label is a number (no DNS name ends so) but that is not a canonical a.b.c.d. */
    static boolean numericButNotDottedQuad(String host) {
        if (host.contains(":")) {
            return false; // IPv6 literal
        }
        String last = host.substring(host.lastIndexOf('.') + 1);
        return NUMERIC_LABEL.matcher(last).matches() && !DOTTED_QUAD.matcher(host).matches();
    }

    /** @return what kind of address this is when it may not be called, or empty when it may */
    Optional<String> refusal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (allowedNetworks.stream().anyMatch(n -> n.contains(address))) {
            return Optional.empty();
        }
        if (address instanceof Inet4Address) {
            return refusal4(address.getAddress());
        }
        byte[] b = address.getAddress();
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            if (allowedNetworks.stream().anyMatch(n -> n.contains(embedded))) {
                return Optional.empty();
            }
            if (isZero(embedded)) {
                return Optional.of("an unspecified address");
            }
            return refusal4(embedded);
        }
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if ((first & 0xe0) != 0x20) { // not 2000::/3 global unicast
            if ((first & 0xfe) == 0xfc) {
                return Optional.of("a unique-local address");
            }
            if (first == 0xfe && (second & 0xc0) == 0x80) {
                return Optional.of("a link-local address");
            }
            if (first == 0xfe && (second & 0xc0) == 0xc0) {
                return Optional.of("a site-local address");
            }
            if (first == 0xff) {
                return Optional.of("a multicast address");
            }
            return Optional.of("a reserved address");
        }
        if (first == 0x20 && second == 0x01 && (b[2] & 0xfe) == 0x00) {
            return Optional.of("a reserved address"); // 2001::/23, Teredo 2001::/32 among them
        }
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return Optional.of("a documentation address");
        }
        if (first == 0x3f && second == 0xff && ((b[2] & 0xf0) == 0x00)) {
            return Optional.of("a documentation address"); // 3fff::/20
        }
        return Optional.empty();
    }

    private Optional<String> refusal4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        if (a0 == 0) {
            return Optional.of("an unspecified address");
        }
        if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) {
            return Optional.of("a private address");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("a shared address");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("a link-local address");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("a multicast address");
        }
        if (a0 >= 240) {
            return Optional.of("a reserved address");
        }
        if (a0 == 192 && a1 == 0 && a2 == 2 || a0 == 198 && a1 == 51 && a2 == 100 || a0 == 203 && a1 == 0
                && a2 == 113) {
            return Optional.of("a documentation address");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0 || a0 == 192 && a1 == 88 && a2 == 99 || a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("a reserved address");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 address, else null. */
    static byte[] embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return null;
        }
        boolean first80Zero = true;
        for (int i = 0; i < 10; i++) {
            first80Zero &= b[i] == 0;
        }
        if (first80Zero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return new byte[] { b[12], b[13], b[14], b[15] }; // ::ffff:a.b.c.d
        }
        if (first80Zero && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0)) {
            return new byte[] { b[12], b[13], b[14], b[15] }; // ::a.b.c.d (deprecated IPv4-compatible)
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            boolean zero = true;
            for (int i = 4; i < 12; i++) {
                zero &= b[i] == 0;
            }
            if (zero) {
                return new byte[] { b[12], b[13], b[14], b[15] }; // 64:ff9b::a.b.c.d
            }
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return new byte[] { b[2], b[3], b[4], b[5] }; // 2002:aabb:ccdd::/48
        }
        return null;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static Resolution refused(String why) {
        return new Resolution(Optional.empty(), Optional.of(why), false);
    }

    /** A CIDR range of the allow-list. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            try {
                if (!address.matches("[0-9a-fA-F:.]+")) {
                    throw new IllegalArgumentException("not an IP address");
                }
                byte[] network = InetAddress.getByName(address).getAddress();
                int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("prefix out of range");
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new IllegalArgumentException("csi.notification.webhook-allowed-networks: '" + text
                        + "' is not a CIDR range (" + e.getMessage() + ")", e);
            }
        }

        boolean contains(InetAddress address) {
            return contains(address.getAddress());
        }

        boolean contains(byte[] b) {
            if (b.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (b[full] & mask) == (network[full] & mask);
        }
    }
}
