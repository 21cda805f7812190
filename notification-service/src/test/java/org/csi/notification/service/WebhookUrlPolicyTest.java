package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production webhook policy over the address ranges, in their IPv4 and IPv6 spellings. */
class WebhookUrlPolicyTest {

    /** As in production: nothing allowed beyond public unicast. Names resolve with the real resolver. */
    private final WebhookUrlPolicy production = new WebhookUrlPolicy(false, List.of(), InetAddress::getAllByName);

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback, unspecified, "this network"
            "http://127.0.0.1/", "http://127.1.2.3:8080/hook", "http://localhost/", "http://[::1]/", "http://0.0.0.0/",
            "http://[::]/", "http://0.1.2.3/",
            // private
            "http://10.0.0.1/", "http://10.255.255.255/", "http://172.16.0.1/", "http://172.31.255.254/",
            "http://192.168.1.1/",
            // shared (carrier-grade NAT)
            "http://100.64.0.1/", "http://100.127.255.254/",
            // link-local and the metadata service in every spelling
            "http://169.254.169.254/latest/meta-data/", "http://169.254.0.1/", "http://[fe80::1]/",
            "http://[::ffff:169.254.169.254]/", "http://[::ffff:a9fe:a9fe]/", "http://[64:ff9b::a9fe:a9fe]/",
            "http://[64:ff9b::169.254.169.254]/", "http://[2002:a9fe:a9fe::1]/", "http://[::169.254.169.254]/",
            "http://[fd00:ec2::254]/", "http://metadata.google.internal/", "http://metadata/",
            // IPv4-mapped, NAT64 and 6to4 forms of private and loopback addresses
            "http://[::ffff:10.0.0.1]/", "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::10.0.0.1]/",
            "http://[64:ff9b::7f00:1]/", "http://[2002:c0a8:0101::]/", "http://[2002:7f00:1::]/",
            "http://[64:ff9b:1::a00:1]/",
            // unique-local, site-local, multicast, Teredo, documentation, reserved
            "http://[fd12:3456::1]/", "http://[fc00::1]/", "http://[fec0::1]/", "http://[ff02::1]/",
            "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "http://[2001:db8::1]/", "http://[3fff::1]/",
            "http://[100::1]/", "http://224.0.0.1/", "http://239.255.255.250/", "http://240.0.0.1/",
            "http://255.255.255.255/", "http://192.0.2.10/", "http://198.51.100.7/", "http://203.0.113.9/",
            "http://192.0.0.170/", "http://198.18.0.1/", "http://192.88.99.1/",
            // a decimal, octal or hexadecimal spelling of 127.0.0.1, if the resolver accepts it at all
            "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/" })
    void nonPublicAddressesAreRefused(String url) {
        Optional<String> why = production.resolve(url).refusal();
        assertTrue(why.isPresent(), url + " must be refused");
        assertTrue(production.resolve(url).target().isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://93.184.215.14/hook", "https://8.8.8.8/", "http://[2606:4700:4700::1111]/",
            "http://[::ffff:93.184.215.14]/", "http://[64:ff9b::5db8:d70e]/", "http://[2002:5db8:d70e::1]/",
            "http://1.1.1.1:8443/x?y=z", "http://172.32.0.1/", "http://100.128.0.1/", "http://192.169.0.1/" })
    void publicAddressesAreAllowed(String url) {
        WebhookUrlPolicy.Resolution r = production.resolve(url);
        assertEquals(Optional.empty(), r.refusal(), url);
        assertTrue(r.target().isPresent(), url);
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefused() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, List.of(), resolver(Map.of(
                "hooks.example.com", new String[] { "93.184.215.14", "10.1.2.3" },
                "internal.example.com", new String[] { "192.168.10.5" })));
        assertEquals(Optional.of("must not point at a private address"),
                policy.violation("https://internal.example.com/hook"));
        // one private address among public ones is enough: the connection could be made to any of them
        assertEquals(Optional.of("must not point at a private address"),
                policy.violation("https://hooks.example.com/hook"));
    }

    @Test
    void localhostByNameIsRefusedInProduction() {
        assertEquals(Optional.of("must not point at a loopback address"), production.violation("http://localhost:9/"));
    }

    @Test
    void theTargetCarriesTheCheckedAddressesSoTheCallIsPinnedToThem() {
        String[][] answers = { { "93.184.215.14" }, { "127.0.0.1" } };
        int[] lookups = { 0 };
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, List.of(), host -> {
            String[] answer = answers[Math.min(lookups[0]++, 1)]; // a rebinding DNS server: public first, then loopback
            return new InetAddress[] { InetAddress.getByName(answer[0]) };
        });
        WebhookUrlPolicy.Target target = policy.resolve("https://rebind.example.com:8443/hook?x=1").target()
                .orElseThrow();
        assertEquals(1, lookups[0], "resolved exactly once");
        assertEquals(List.of("93.184.215.14"), target.addresses().stream().map(InetAddress::getHostAddress).toList());
        assertEquals("rebind.example.com", target.host());
        assertEquals(8443, target.port());
        assertTrue(target.https());
        assertEquals("/hook?x=1", target.pathAndQuery());
        // the next check sees the rebound answer and refuses it
        assertTrue(policy.resolve("https://rebind.example.com:8443/hook").refusal().isPresent());
    }

    @Test
    void theOverridesAllowLoopbackAndListedNetworks() {
        WebhookUrlPolicy local = new WebhookUrlPolicy(true, List.of("10.20.0.0/16", "fd12:3456::/32"),
                InetAddress::getAllByName);
        assertEquals(Optional.empty(), local.violation("http://localhost:8080/hook"));
        assertEquals(Optional.empty(), local.violation("http://127.0.0.1:8080/hook"));
        assertEquals(Optional.empty(), local.violation("http://[::1]:8080/hook"));
        assertEquals(Optional.empty(), local.violation("http://10.20.3.4/hook"));
        assertEquals(Optional.empty(), local.violation("http://[::ffff:10.20.3.4]/hook"));
        assertEquals(Optional.empty(), local.violation("http://[fd12:3456::9]/hook"));
        assertTrue(local.violation("http://10.21.0.1/hook").isPresent());
        assertTrue(local.violation("http://169.254.169.254/").isPresent());
        assertTrue(local.violation("http://0.0.0.0:8080/").isPresent(), "the unspecified address is never allowed");
        assertThrows(IllegalArgumentException.class,
                () -> new WebhookUrlPolicy(false, List.of("intranet"), InetAddress::getAllByName));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://93.184.215.14/", "file:///etc/passwd", "http://user:pw@93.184.215.14/", "http:///x",
            "not a url", "gopher://93.184.215.14:25/" })
    void otherSchemesCredentialsAndJunkAreRefused(String url) {
        assertTrue(production.violation(url).isPresent(), url);
    }

    @Test
    void aNameThatDoesNotResolveMayBeRegisteredButIsNeverCalled() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, List.of(), host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(Optional.empty(), policy.violation("https://later.example.com/hook"));
        WebhookUrlPolicy.Resolution r = policy.resolve("https://later.example.com/hook");
        assertTrue(r.unresolvable());
        assertTrue(r.target().isEmpty());
    }

    private static WebhookUrlPolicy.HostResolver resolver(Map<String, String[]> answers) {
        return host -> {
            String[] ips = answers.get(host);
            if (ips == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] result = new InetAddress[ips.length];
            for (int i = 0; i < ips.length; i++) {
                result[i] = InetAddress.getByAddress(host, InetAddress.getByName(ips[i]).getAddress());
            }
            return result;
        };
    }
}
