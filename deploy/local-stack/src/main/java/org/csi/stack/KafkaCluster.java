package org.csi.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One or more {@link KafkaBroker} nodes that form one KRaft cluster: every node is broker and controller, the
 * controllers form a static quorum, and internal topics are replicated to three nodes (or as many as there are). A
 * cluster of three survives the loss of one node: topics at replication 3 with {@code min.insync.replicas=2} keep
 * taking {@code acks=all} writes.
 *
 * <p>A secured cluster authenticates clients with SASL/SCRAM-SHA-512 and enforces ACLs ({@link KafkaSecurity});
 * its nodes also have a loopback PLAINTEXT listener for the brokers themselves and for operators, which is what
 * {@link #bootstrapServers()} names.
 */
public final class KafkaCluster {

    private final List<KafkaBroker> nodes;
    private final boolean secured;

    private KafkaCluster(List<KafkaBroker> nodes, boolean secured) {
        this.nodes = List.copyOf(nodes);
        this.secured = secured;
    }

    /** The single broker of {@code ./csi up} and the tests, data in {@code directory}. */
    public static KafkaCluster single(Path directory, int port, String advertisedHost, String listenHost,
            boolean detached) {
        return new KafkaCluster(List.of(new KafkaBroker(directory, port, advertisedHost, listenHost, detached)), false);
    }

    /**
     * @param directory node {@code i} keeps its data in {@code directory/node-i}
     * @param size      how many nodes (3 for a cluster that survives one lost node)
     * @param basePort  node {@code i} takes client port {@code basePort + i - 1} (0: free ports)
     * @param secured   SASL/SCRAM and ACLs on the client listeners
     */
    public static KafkaCluster of(Path directory, int size, int basePort, String advertisedHost, String listenHost,
            boolean detached, boolean secured) {
        List<Path> dirs = IntStream.rangeClosed(1, size).mapToObj(i -> directory.resolve("node-" + i)).toList();
        // A formatted cluster keeps its quorum: read the controller ports and the cluster id from the first run.
        List<Integer> controllers = dirs.stream()
                .map(dir -> KafkaBroker.writtenControllerPort(dir).orElseGet(Ports::free)).toList();
        String voters = IntStream.range(0, size).mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllers.get(i))
                .collect(Collectors.joining(","));
        String clusterId = dirs.stream().map(KafkaBroker::formattedClusterId).flatMap(Optional::stream).findFirst()
                .orElseGet(KafkaBroker::newClusterId);
        List<KafkaBroker> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int internal = secured ? KafkaBroker.writtenListenerPort(dirs.get(i), "INTERNAL").orElseGet(Ports::free)
                    : 0;
            KafkaBroker.Membership membership = new KafkaBroker.Membership(i + 1, size, controllers.get(i), voters,
                    clusterId, internal);
            nodes.add(new KafkaBroker(dirs.get(i), basePort == 0 ? 0 : basePort + i, advertisedHost, listenHost,
                    detached, membership));
        }
        return new KafkaCluster(nodes, secured);
    }

    /** Starts every node at once (a quorum needs a majority up) and waits until each accepts clients. */
    public void start() {
        launch();
        awaitListening();
    }

    /** Starts every node's JVM without waiting, so that other work (PostgreSQL's start) overlaps the brokers'. */
    public void launch() {
        nodes.forEach(KafkaBroker::launch);
    }

    /** Waits until every node {@link #launch() launched} accepts clients. */
    public void awaitListening() {
        nodes.forEach(KafkaBroker::awaitListening);
    }

    /** Stops every node at once: a node stopped after the others would wait for a quorum that has gone. */
    public void stop() {
        nodes.stream().map(node -> java.util.concurrent.CompletableFuture.runAsync(node::stop)).toList()
                .forEach(java.util.concurrent.CompletableFuture::join);
    }

    public List<KafkaBroker> nodes() {
        return nodes;
    }

    public KafkaBroker node(int id) {
        return nodes.get(id - 1);
    }

    public int size() {
        return nodes.size();
    }

    public boolean secured() {
        return secured;
    }

    /** How often the CSI topics are replicated: three copies on a cluster of three or more. */
    public short replicationFactor() {
        return (short) Math.min(3, nodes.size());
    }

    /** Where operators and the tests' probes connect: PLAINTEXT, every node (the loopback listener when secured). */
    public String bootstrapServers() {
        return nodes.stream().map(n -> secured ? n.internalServers() : n.bootstrapServers())
                .collect(Collectors.joining(","));
    }

    /** Where the services connect: the client listener of every node (SASL/SCRAM when secured). */
    public String clientBootstrapServers() {
        return nodes.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }
}
