package org.csi.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.csi.stack.CsiStack;
import org.csi.stack.Directories;
import org.csi.stack.security.JwtKeys;
import org.csi.testkit.security.JwksServer;
import org.csi.testkit.security.TestTokens;

import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;

/**
 * Starts a real PostgreSQL and a real Kafka broker for a service's {@code @QuarkusTest}s, on free ports, and points the
 * service at them (Dev Services stay off). Use it through {@link CsiStackTest}, as
 * {@code @QuarkusTest @CsiStackTest("initiative-service")}; a test gets the running stack in a field annotated
 * {@link InjectCsiStack}, e.g. to stop and start the broker. The services verify JWTs with a key pair
 * made for the run, whose public key they fetch as a JWKS over HTTP ({@link JwksServer}), as from an identity
 * provider's jwks_uri; {@link org.csi.testkit.security.AsAdmin} lets a test class call the API as csi-admin.
 */
public class CsiStackTestResource implements QuarkusTestResourceConfigurableLifecycleManager<CsiStackTest> {

    private String service;
    private CsiStack stack;
    private Path directory;
    private JwksServer jwks;

    /** The service named by {@link CsiStackTest} on the test class. */
    @Override
    public void init(CsiStackTest annotation) {
        service = annotation.value();
    }

    /** For a plain {@code @WithTestResource(value = CsiStackTestResource.class, initArgs = ...)}. */
    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "test-service");
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("csi-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack = CsiStack.start(directory, 0, 0, false);
        JwtKeys keys = JwtKeys.in(directory.resolve("jwt"));
        TestTokens.use(keys);
        Map<String, String> config = new java.util.HashMap<>(stack.serviceConfig(service));
        config.putAll(CsiStack.jwtConfig(keys, TestTokens.ISSUER));
        // The service verifies tokens through a JWKS URL, as with a real identity provider's jwks_uri.
        jwks = JwksServer.start(keys);
        config.put("mp.jwt.verify.publickey.location", jwks.url());
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stack,
                new TestInjector.AnnotatedAndMatchesType(InjectCsiStack.class, CsiStack.class));
    }

    @Override
    public void stop() {
        if (jwks != null) {
            jwks.close();
        }
        if (stack != null) {
            stack.close();
        }
        Directories.deleteQuietly(directory);
    }
}
