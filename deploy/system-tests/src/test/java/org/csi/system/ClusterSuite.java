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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.RestAssured;

import org.csi.stack.CsiStack;
import org.csi.stack.Ports;
import org.csi.stack.ServiceProcess;
import org.csi.stack.security.JwtKeys;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suite scaled out, as {@code ./csi up --replicas 2} runs it but secured: a cluster of three Kafka brokers (topics
 * at replication 3, {@code min.insync.replicas=2}) that authenticates every client with SASL/SCRAM-SHA-512 and holds it
 * to its ACLs, one PostgreSQL, and two instances of every service, each with its own Kafka user. Clients reach a
 * service through {@link #url(String)}, which spreads calls over the instances in rotation, as a Kubernetes Service
 * spreads them over ready pods. Started once for the cluster tests (their own Failsafe run, after the one-instance
 * system tests have stopped theirs); logs go to target/cluster-test-logs.
 */
public final class ClusterSuite implements BeforeAllCallback {

    static final int INSTANCES = 2;
    static final int BROKERS = 3;

    private static Cluster cluster;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (ClusterSuite.class) {
            if (cluster == null) {
                cluster = new Cluster();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Cluster.class.getName(), cluster);
            }
        }
    }

    public static Cluster get() {
        return cluster;
    }

    /** The running processes; closed once, when the test plan ends. */
    public static final class Cluster implements Endpoints, AutoCloseable, ExtensionContext.Store.CloseableResource {

        private final Path directory;
        private final CsiStack stack;
        private final GreenMail mail;
        /** service -> its instances */
        private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
        /** Instances a client may be sent to: all but one taken out for a restart (a pod that is terminating). */
        private final Set<ServiceProcess> inRotation = ConcurrentHashMap.newKeySet();
        private final AtomicInteger next = new AtomicInteger();

        private Cluster() {
            try {
                directory = Files.createTempDirectory("csi-cluster-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stack = CsiStack.start(directory, CsiStack.Options.forTests().withBrokers(BROKERS, true));
            JwtKeys keys = JwtKeys.in(directory.resolve("jwt"));
            TestTokens.use(keys);
            RestAssured.replaceFiltersWith(TestTokens.bearerFilter("csi-admin"));
            mail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            Path root = Path.of(System.getProperty("csi.repository.root", "../..")).toAbsolutePath().normalize();
            Path logs = Path.of("target/cluster-test-logs").toAbsolutePath();
            List<ServiceProcess> all = new ArrayList<>();
            for (String service : CsiStack.SERVICES) {
                List<ServiceProcess> processes = new ArrayList<>();
                for (int i = 1; i <= INSTANCES; i++) {
                    Map<String, String> config = SystemTestSettings.forService(stack, service, keys, mail);
                    String name = service + "-" + i;
                    ServiceProcess process = ServiceProcess.start(name, ServiceProcess.jarOf(root, service),
                            Ports.free(), config, logs.resolve(name + ".log"));
                    processes.add(process);
                    all.add(process);
                }
                instances.put(service, List.copyOf(processes));
            }
            List<CompletableFuture<Void>> ready = all.stream()
                    .map(p -> CompletableFuture.runAsync(() -> {
                        if (!p.awaitReady(Duration.ofSeconds(240))) {
                            throw new IllegalStateException(p.name() + " did not become ready; see " + p.logFile());
                        }
                    }))
                    .toList();
            ready.forEach(CompletableFuture::join);
            inRotation.addAll(all);
        }

        public CsiStack stack() {
            return stack;
        }

        public GreenMail mail() {
            return mail;
        }

        /** The instances of a service, first to last. */
        public List<ServiceProcess> instances(String service) {
            return instances.get(service);
        }

        /** The next instance of the service in rotation, round robin. */
        @Override
        public String url(String service) {
            List<ServiceProcess> candidates = instances.get(service).stream().filter(inRotation::contains).toList();
            if (candidates.isEmpty()) {
                throw new IllegalStateException("no instance of " + service + " in rotation");
            }
            return candidates.get(Math.floorMod(next.getAndIncrement(), candidates.size())).baseUrl();
        }

        /** No new calls go to the instance (Kubernetes removes a terminating pod from its Service's endpoints). */
        public void takeOutOfRotation(ServiceProcess instance) {
            inRotation.remove(instance);
        }

        public void putInRotation(ServiceProcess instance) {
            inRotation.add(instance);
        }

        @Override
        public void close() {
            // every instance gets SIGTERM at once, as a namespace being deleted: each shuts down on its own
            CompletableFuture.allOf(instances.values().stream().flatMap(List::stream).filter(ServiceProcess::isAlive)
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
