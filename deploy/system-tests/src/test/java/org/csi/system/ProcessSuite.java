package org.csi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;

import org.csi.stack.CsiStack;
import org.csi.stack.Ports;
import org.csi.stack.ServiceProcess;
import org.csi.stack.security.JwtKeys;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the suites of the system tests share: a temporary directory with the PostgreSQL and Kafka of a {@link CsiStack}
 * and the keys the tokens are signed with, a real SMTP server in the test JVM (what notification-service sends can be
 * read back), and the packaged services as processes. Started once per test plan by its JUnit extension
 * ({@link #once}); JUnit's root store closes it at the end, stopping every process at once.
 */
abstract class ProcessSuite implements Endpoints, AutoCloseable, ExtensionContext.Store.CloseableResource {

    final Path directory;
    final CsiStack stack;
    final JwtKeys keys;
    final GreenMail mail;
    /** The repository the packaged services are taken from. */
    final Path root = Path.of(System.getProperty("csi.repository.root", "../..")).toAbsolutePath().normalize();
    final Path logs;

    /**
     * @param name names the temporary directory and, as target/{name}-test-logs, the folder of the processes' logs
     */
    ProcessSuite(String name, Function<Path, CsiStack> startStack) {
        try {
            directory = Files.createTempDirectory("csi-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stack = startStack.apply(directory);
        keys = JwtKeys.in(directory.resolve("jwt"));
        TestTokens.use(keys);
        // the system tests act as csi-admin unless a request sends its own Authorization header
        RestAssured.replaceFiltersWith(TestTokens.bearerFilter("csi-admin"));
        mail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        logs = Path.of("target/" + name + "-test-logs").toAbsolutePath();
    }

    /** The suite of this type in the test plan, started by the first test class that needs it. */
    static <S extends ProcessSuite> S once(ExtensionContext context, Class<S> type, Supplier<S> start) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(type.getName(), key -> start.get(), type);
    }

    /** Starts a packaged service as the process {@code name}, on a free port, logging to {@code <name>.log}. */
    ServiceProcess startService(String name, String service) {
        return ServiceProcess.start(name, ServiceProcess.jarOf(root, service), Ports.free(),
                SystemTestSettings.forService(stack, service, keys, mail), logs.resolve(name + ".log"));
    }

    /** Waits for all the processes at the same time; fails naming one that is not ready in time. */
    static void awaitReady(Collection<ServiceProcess> processes, Duration timeout) {
        processes.stream()
                .map(p -> CompletableFuture.runAsync(() -> {
                    if (!p.awaitReady(timeout)) {
                        throw new IllegalStateException(p.name() + " did not become ready; see " + p.logFile());
                    }
                }))
                .toList()
                .forEach(CompletableFuture::join);
    }

    /** Every process the suite started. */
    abstract Collection<ServiceProcess> processes();

    public CsiStack stack() {
        return stack;
    }

    /** The SMTP server notification-service sends to. */
    public GreenMail mail() {
        return mail;
    }

    @Override
    public void close() {
        // every process gets SIGTERM at once, as a namespace being deleted: each shuts down on its own
        CompletableFuture.allOf(processes().stream().filter(ServiceProcess::isAlive)
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
