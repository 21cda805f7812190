package org.csi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;

import org.csi.stack.ConsoleApp;
import org.csi.stack.CsiStack;
import org.csi.stack.Ports;
import org.csi.stack.ServiceProcess;
import org.csi.stack.security.JwtKeys;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite as it runs in production, in miniature: one real PostgreSQL server, one real Kafka broker and the four
 * packaged services as separate JVM processes on free ports. Started once for all system tests of the run (JUnit's
 * root store closes it at the end); logs go to target/system-test-logs.
 */
public final class RunningSuite implements BeforeAllCallback {

    private static Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningSuite.class) {
            if (suite == null) {
                suite = new Suite();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Suite.class.getName(), suite);
            }
        }
    }

    public static Suite get() {
        return suite;
    }

    /** The running processes; closed once, when the test plan ends. */
    public static final class Suite implements Endpoints, AutoCloseable, ExtensionContext.Store.CloseableResource {

        private final Path directory;
        private final CsiStack stack;
        private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
        private final GreenMail mail;
        private final ServiceProcess console;

        private Suite() {
            try {
                directory = Files.createTempDirectory("csi-system-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stack = CsiStack.start(directory, 0, 0, false);
            JwtKeys keys = JwtKeys.in(directory.resolve("jwt"));
            TestTokens.use(keys);
            // the system tests act as csi-admin unless a request sends its own Authorization header
            RestAssured.replaceFiltersWith(TestTokens.bearerFilter("csi-admin"));
            // a real SMTP server in the test JVM: what notification-service sends can be read back
            mail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            Path root = Path.of(System.getProperty("csi.repository.root", "../..")).toAbsolutePath().normalize();
            Path logs = Path.of("target/system-test-logs").toAbsolutePath();
            for (String service : CsiStack.SERVICES) {
                Map<String, String> config = SystemTestSettings.forService(stack, service, keys, mail);
                services.put(service, ServiceProcess.start(service, ServiceProcess.jarOf(root, service), Ports.free(),
                        config, logs.resolve(service + ".log")));
            }
            List<CompletableFuture<Void>> ready = services.values().stream()
                    .map(p -> CompletableFuture.runAsync(() -> {
                        if (!p.awaitReady(Duration.ofSeconds(180))) {
                            throw new IllegalStateException(p.name() + " did not become ready; see " + p.logFile());
                        }
                    }))
                    .toList();
            ready.forEach(CompletableFuture::join);
            // the console, as ./csi up starts it: it calls the four services with the signed-in person's token
            Map<String, String> urls = new LinkedHashMap<>();
            services.forEach((name, process) -> urls.put(name, process.baseUrl()));
            console = ConsoleApp.start(root, Ports.free(), ConsoleApp.config(urls, stack.bootstrapServers(),
                    directory.resolve("jwt"), TestTokens.ISSUER), logs.resolve(ConsoleApp.NAME + ".log"));
            if (!console.awaitReady(Duration.ofSeconds(180))) {
                throw new IllegalStateException("csi-console did not become ready; see " + console.logFile());
            }
        }

        /** The console's base URL. */
        public String consoleUrl() {
            return console.baseUrl();
        }

        public CsiStack stack() {
            return stack;
        }

        public ServiceProcess service(String name) {
            return services.get(name);
        }

        /** The SMTP server notification-service sends to. */
        public GreenMail mail() {
            return mail;
        }

        @Override
        public String url(String service) {
            return services.get(service).baseUrl();
        }

        @Override
        public void close() {
            // every process gets SIGTERM at once: each shuts down on its own
            List<ServiceProcess> processes = new ArrayList<>(services.values());
            if (console != null) {
                processes.add(console);
            }
            CompletableFuture.allOf(processes.stream().filter(ServiceProcess::isAlive)
                    .map(p -> CompletableFuture.runAsync(p::stop)).toArray(CompletableFuture[]::new)).join();
            stack.close();
            mail.stop();
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory
            }
        }
    }
}
