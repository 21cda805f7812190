package org.csi.testkit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.atomic.AtomicInteger;

import org.csi.stack.security.JwtKeys;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves the public key of a {@link JwtKeys} pair as a JWKS document over HTTP ({@code GET /jwks.json}), as an identity
 * provider's {@code jwks_uri} does (Keycloak {@code /realms/<realm>/protocol/openid-connect/certs}, Entra ID
 * {@code /discovery/v2.0/keys}). The service tests verify their tokens through it, so a JWKS URL in
 * {@code mp.jwt.verify.publickey.location} is proven; the system tests and {@code ./csi up} use the PEM file.
 */
public final class JwksServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private JwksServer(HttpServer server) {
        this.server = server;
    }

    public static JwksServer start(JwtKeys keys) {
        try {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) keys.publicKey());
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            byte[] body = new JsonWebKeySet(jwk).toJson().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            JwksServer jwks = new JwksServer(server);
            server.createContext("/jwks.json", exchange -> {
                jwks.requests.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return jwks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JWKS URL, for {@code mp.jwt.verify.publickey.location}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
    }

    /** How often the document was fetched: more than zero once a service verified a token through it. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
