package org.csi.notification.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * SSRF guard for webhook URLs: http(s) only, never link-local (169.254.0.0/16, fe80::/10) or cloud metadata hosts, and
 * loopback only when {@code csi.notification.allow-loopback-webhooks} is true (tests and the local run). Checked when a
 * URL is registered and again before every call, as a name may resolve differently later.
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    private static final Set<String> METADATA_HOSTS = Set.of("169.254.169.254", "metadata.google.internal",
            "metadata", "fd00:ec2::254");

    private final boolean allowLoopback;

    WebhookUrlPolicy(@ConfigProperty(name = "csi.notification.allow-loopback-webhooks", defaultValue = "false")
            boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** @return why the URL is refused, or empty when it may be called */
    public Optional<String> violation(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("must name a host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (METADATA_HOSTS.contains(host) || host.endsWith(".internal") && host.startsWith("metadata")) {
            return Optional.of("must not point at a cloud metadata service");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.empty(); // not resolvable now; checked again before each call
        }
        for (InetAddress address : addresses) {
            if (address.isLinkLocalAddress() || isIpv4LinkLocal(address)) {
                return Optional.of("must not point at a link-local address");
            }
            if (address.isAnyLocalAddress()) {
                return Optional.of("must not point at an unspecified address");
            }
            if (address.isLoopbackAddress() && !allowLoopback) {
                return Optional.of("must not point at a loopback address");
            }
        }
        return Optional.empty();
    }

    private static boolean isIpv4LinkLocal(InetAddress address) {
        byte[] b = address.getAddress();
        return !(address instanceof Inet6Address) && b.length == 4 && (b[0] & 0xff) == 169 && (b[1] & 0xff) == 254;
    }
}
