package org.csi.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.csi.stack.CsiStack;
import org.csi.stack.ServiceProcess;
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

    private static volatile Cluster cluster;

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster = ProcessSuite.once(context, Cluster.class, Cluster::new);
    }

    public static Cluster get() {
        return cluster;
    }

    /** The running processes; closed once, when the test plan ends. */
    public static final class Cluster extends ProcessSuite {

        /** service -> its instances */
        private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
        /** Instances a client may be sent to: all but one taken out for a restart (a pod that is terminating). */
        private final Set<ServiceProcess> inRotation = ConcurrentHashMap.newKeySet();
        private final AtomicInteger next = new AtomicInteger();

        private Cluster() {
            super("cluster", directory -> CsiStack.start(directory,
                    CsiStack.Options.forTests().withBrokers(BROKERS, true)));
            for (String service : CsiStack.SERVICES) {
                List<ServiceProcess> processes = new ArrayList<>();
                for (int i = 1; i <= INSTANCES; i++) {
                    processes.add(startService(service + "-" + i, service));
                }
                instances.put(service, List.copyOf(processes));
            }
            awaitReady(processes(), Duration.ofSeconds(240));
            inRotation.addAll(processes());
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
        Collection<ServiceProcess> processes() {
            return instances.values().stream().flatMap(List::stream).toList();
        }
    }
}
