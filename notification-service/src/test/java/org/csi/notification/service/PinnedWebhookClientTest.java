package org.csi.notification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.csi.notification.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;

/**
 * The webhook call goes to the address the policy checked, never to a fresh DNS answer: the target's host here does
 * not resolve at all ({@code .invalid}), yet the call arrives at the checked address with the original Host header.
 */
class PinnedWebhookClientTest {

    static Vertx vertx;
    static PinnedWebhookClient client;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        client = new PinnedWebhookClient(vertx, Duration.ofSeconds(3));
    }

    @AfterAll
    static void stop() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void connectsToTheCheckedAddressAndSendsTheOriginalHost() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(204, 0)) {
            int port = URI.create(receiver.url()).getPort();
            WebhookUrlPolicy.Target target = new WebhookUrlPolicy.Target(
                    URI.create("http://hooks.rebind.invalid:" + port + "/hook?x=1"), "hooks.rebind.invalid", port, false,
                    "/hook?x=1", List.of(InetAddress.getByName("127.0.0.1")));

            int status = client.post(target, Map.of("content-type", "application/json", "webhook-id", "msg_1"),
                    "{\"a\":1}");

            assertEquals(204, status);
            assertEquals(1, receiver.calls().size());
            assertEquals("hooks.rebind.invalid:" + port, receiver.calls().get(0).header("host"));
            assertEquals("{\"a\":1}", receiver.calls().get(0).body());
            assertEquals("msg_1", receiver.calls().get(0).header("webhook-id"));
        }
    }

    @Test
    void anUnreachableAddressIsANetworkFailureAndTheNextCheckedAddressIsTried() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        try (WebhookReceiver receiver = new WebhookReceiver(200, 0)) {
            int port = URI.create(receiver.url()).getPort();
            // two addresses for one name: the first refuses connections, the second answers
            WebhookUrlPolicy.Target nothingListens = new WebhookUrlPolicy.Target(URI.create("http://a.invalid/"),
                    "a.invalid", closed, false, "/hook", List.of(InetAddress.getByName("127.0.0.1")));
            assertThrows(PinnedWebhookClient.NetworkFailure.class,
                    () -> client.post(nothingListens, Map.of(), "{}"));

            WebhookUrlPolicy.Target second = new WebhookUrlPolicy.Target(URI.create("http://b.invalid/"), "b.invalid",
                    port, false, "/hook", List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.1")));
            assertEquals(200, client.post(second, Map.of(), "{}"));
        }
    }

    /**
     * https: the connection goes to the pinned address, yet TLS SNI and certificate verification use the URL's host:
     * a receiver whose certificate names that host is accepted and sees it as the SNI name; the same receiver called
     * for another host name is refused (its certificate does not prove that name).
     */
    @Test
    void overTlsTheNameIsSentAsSniAndTheCertificateIsVerifiedAgainstIt(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("hook.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hook", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=hooks.pinned.invalid", "-ext", "SAN=dns:hooks.pinned.invalid",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));
        PfxOptions pfx = new PfxOptions().setPath(keystore.toString()).setPassword("changeit");
        List<String> sniSeen = new CopyOnWriteArrayList<>();
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setSsl(true)
                .setKeyCertOptions(pfx).setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> {
                    // the SNI name the client sent, as the TLS session recorded it
                    String sni = ((javax.net.ssl.ExtendedSSLSession) request.connection().sslSession())
                            .getRequestedServerNames().stream()
                            .map(n -> ((javax.net.ssl.SNIHostName) n).getAsciiName()).findFirst().orElse("none");
                    sniSeen.add(sni + " " + request.getHeader("host"));
                    request.response().setStatusCode(204).end();
                });
        server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        PinnedWebhookClient tls = new PinnedWebhookClient(vertx, Duration.ofSeconds(5), pfx);
        try {
            int port = server.actualPort();
            WebhookUrlPolicy.Target named = new WebhookUrlPolicy.Target(
                    URI.create("https://hooks.pinned.invalid:" + port + "/hook"), "hooks.pinned.invalid", port, true,
                    "/hook", List.of(InetAddress.getByName("127.0.0.1")));
            assertEquals(204, tls.post(named, Map.of(), "{}"));
            assertEquals(List.of("hooks.pinned.invalid hooks.pinned.invalid:" + port), sniSeen);

            WebhookUrlPolicy.Target otherName = new WebhookUrlPolicy.Target(
                    URI.create("https://other.pinned.invalid:" + port + "/hook"), "other.pinned.invalid", port, true,
                    "/hook", List.of(InetAddress.getByName("127.0.0.1")));
            assertThrows(PinnedWebhookClient.NetworkFailure.class, () -> tls.post(otherName, Map.of(), "{}"));
            assertEquals(1, sniSeen.size(), "no request reached the receiver under the wrong name");
        } finally {
            tls.close();
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aHangingReceiverIsATimeout() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(200, 5_000)) {
            int port = URI.create(receiver.url()).getPort();
            PinnedWebhookClient quick = new PinnedWebhookClient(vertx, Duration.ofMillis(500));
            try {
                WebhookUrlPolicy.Target target = new WebhookUrlPolicy.Target(URI.create("http://c.invalid/"),
                        "c.invalid", port, false, "/hook", List.of(InetAddress.getByName("127.0.0.1")));
                assertThrows(PinnedWebhookClient.TimedOut.class, () -> quick.post(target, Map.of(), "{}"));
            } finally {
                quick.close();
            }
        }
    }
}
