package org.csi.stack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The bare Kafka floor of a hop, measured on the suite's own broker in the same run: a plain producer (acks=all,
 * idempotent, linger 0, like the outbox relay's) sends one record to a topic made like the CSI topics, and a plain
 * consumer (configured like the bench's consumer of the CSI topics) receives it. No database, no service.
 * {@link #sample()} takes one sample, so a benchmark can interleave floor samples with its own and both see the same
 * moment of a noisy machine.
 */
final class KafkaFloor implements AutoCloseable {

    private final KafkaProducer<String, String> producer = Bench.floorProducer();
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final Thread consumer;
    private volatile boolean running = true;

    KafkaFloor() throws Exception {
        Bench.ensureFloorTopic();
        consumer = new Thread(this::consume, "bench-floor-consumer");
        consumer.setDaemon(true);
        consumer.start();
        // wait until the consumer is assigned and positioned: a probe record must arrive
        for (int i = 0; i < 3; i++) {
            sample();
        }
    }

    private void consume() {
        try (KafkaConsumer<String, String> c = Bench.consumerAtEnd(List.of(Bench.FLOOR_TOPIC))) {
            while (running) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(50))) {
                    if (r.key() != null) {
                        arrived.put(r.key(), System.nanoTime());
                    }
                    received.incrementAndGet();
                }
            }
        }
    }

    /** One record through the broker: send -> received by the consumer, in ms (NaN if it took over 10 s). */
    double sample() {
        String key = UUID.randomUUID().toString();
        String value = "{\"floor\":true,\"padding\":\"" + "x".repeat(400) + "\"}"; // about a CSI payload's size
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(Bench.FLOOR_TOPIC, key, value));
        long deadline = sent + Duration.ofSeconds(10).toNanos();
        Long at;
        while ((at = arrived.remove(key)) == null && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000); // the arrival time is the consumer's, not ours
        }
        return at == null ? Double.NaN : (at - sent) / 1e6;
    }

    /**
     * The throughput floor: {@code count} records of {@code bytes} each sent as fast as the producer batches them
     * (acks=all), until the consumer has received all of them; returns records per second.
     */
    double throughput(int count, int bytes) {
        String value = "x".repeat(bytes);
        long before = received.get();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(Bench.FLOOR_TOPIC, null, value));
        }
        producer.flush();
        Bench.await(Duration.ofMinutes(2), 1, () -> received.get() - before >= count);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() {
        running = false;
        try {
            consumer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(2));
    }
}
