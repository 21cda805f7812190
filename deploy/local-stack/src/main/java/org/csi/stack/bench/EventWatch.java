package org.csi.stack.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * A plain consumer of CSI topics, like an integration team's: every record that arrives after it started is handed to
 * the handler with its arrival time (System.nanoTime) on the watch's own thread.
 */
final class EventWatch implements AutoCloseable {

    /** One arrived record. */
    record Arrival(ConsumerRecord<String, String> record, long nanos) {
        String type() {
            return header("ce_type");
        }

        String header(String name) {
            var h = record.headers().lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    }

    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean positioned;

    EventWatch(Collection<String> topics, Consumer<Arrival> handler) {
        thread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = Bench.consumerAtEnd(topics)) {
                positioned = true;
                while (running) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                        handler.accept(new Arrival(r, System.nanoTime()));
                    }
                }
            }
        }, "bench-event-watch");
        thread.setDaemon(true);
        thread.start();
        Bench.await(Duration.ofSeconds(30), 10, () -> positioned);
        Bench.sleep(200);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
