package org.csi.platform.messaging;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.PublisherDecorator;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stops the Kafka consumers of a CSI service taking records before its database goes away.
 *
 * <p>Why this exists: on SIGTERM Quarkus fires {@link ShutdownEvent} first, then runs its shutdown tasks in reverse
 * order of registration, so Hibernate ORM's persistence units (registered when they started) and the datasources close
 * while the SmallRye Kafka connector still polls and dispatches: the connector only stops at
 * {@code @BeforeDestroyed(ApplicationScoped.class)}, when the CDI container itself shuts down, last. A record dispatched
 * in between failed in {@link EventInbox} with "EntityManagerFactory is closed" and its channel's
 * {@code dead-letter-queue} strategy dead-lettered it and committed its offset: an event lost for a service that had
 * nothing wrong with it. Neither Quarkus nor SmallRye offers a setting to stop consumers before the
 * ShutdownEvent's followers, hence this small hand-written piece (a {@link PublisherDecorator}, the SmallRye extension
 * point for incoming streams, plus a {@link ShutdownEvent} observer).
 *
 * <p>What it does, for every record read from Kafka:
 * <ul>
 * <li>Once the service is stopping, a record not yet handed to its consumer is dropped: neither acknowledged nor
 * negatively acknowledged, so its offset is never committed and the next instance of the group (or this one restarted)
 * reads it again. Nothing is logged as an error for it.</li>
 * <li>On {@link ShutdownEvent}, while the database is still open, the records already handed over are awaited (at most
 * {@code csi.messaging.shutdown-drain}, 5 s by default) before shutdown goes on.</li>
 * <li>A record that fails while the service is stopping (it outlived that wait, or failed because parts were already
 * closing) is not passed to the channel's failure strategy: it is not dead-lettered and its offset is not committed,
 * so it is redelivered as well. A genuinely bad record is then dead-lettered by the instance that reads it next.</li>
 * </ul>
 * The connector's own graceful wait for unacknowledged records ({@code graceful-shutdown}) is turned off in the platform
 * configuration: it runs after the database closed, and the dropped records would only make it wait in vain.
 *
 * <p>A poll consumed as a batch ({@link KafkaRecordBatch}, metadata {@link IncomingKafkaRecordBatchMetadata}) counts as
 * one message in processing: it is dropped, awaited and kept from the failure strategy as a whole. It stays a
 * {@link KafkaRecordBatch} (a {@link TrackedBatch}), since SmallRye hands it to the {@code @Incoming} method as it is.
 * {@link EventInbox} dead-letters single records of a batch itself and asks {@link #stopping()} before it does.
 */
@ApplicationScoped
@Unremovable
public class ConsumerShutdown implements PublisherDecorator {

    private static final Logger LOG = Logger.getLogger(ConsumerShutdown.class);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Duration drain;
    private volatile boolean stopping;

    ConsumerShutdown(@ConfigProperty(name = "csi.messaging.shutdown-drain", defaultValue = "5s") Duration drain) {
        this.drain = drain;
    }

    @Override
    public Multi<? extends Message<?>> decorate(Multi<? extends Message<?>> publisher, List<String> channelName,
            boolean isConnector) {
        return publisher.select().where(this::admit).map(this::tracked);
    }

    /** Whether the service has begun to stop (set before any of its parts closes). */
    public boolean stopping() {
        return stopping;
    }

    /** Records handed to a consumer and not yet acknowledged either way. */
    int inFlight() {
        return inFlight.get();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        long started = System.nanoTime();
        long deadline = started + drain.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long waited = (System.nanoTime() - started) / 1_000_000;
        int left = inFlight.get();
        if (left > 0) {
            LOG.warnf("Stopping: %d Kafka record(s) still in processing after %d ms; they will not be committed and"
                    + " are redelivered to the next consumer", left, waited);
        } else {
            LOG.infof("Stopping: Kafka consumers take no more records; records in processing finished in %d ms", waited);
        }
    }

    /** Read from Kafka: a single record, or a poll consumed as a batch. */
    private static boolean fromKafka(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).isPresent()
                || message.getMetadata(IncomingKafkaRecordBatchMetadata.class).isPresent();
    }

    private boolean admit(Message<?> message) {
        if (!fromKafka(message)) {
            return true; // not read from Kafka: nothing to redeliver
        }
        if (stopping) {
            return false;
        }
        inFlight.incrementAndGet();
        if (stopping) { // the drain may have looked at the count just before this record was counted
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Message<?> tracked(Message<?> message) {
        if (!fromKafka(message)) {
            return message;
        }
        AtomicBoolean settled = new AtomicBoolean();
        Runnable done = () -> {
            if (settled.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        if (message instanceof KafkaRecordBatch batch) {
            return new TrackedBatch<>(batch, done);
        }
        return message
                .withAckWithMetadata(metadata -> {
                    done.run();
                    return message.ack(metadata);
                })
                .withNackWithMetadata((reason, metadata) -> {
                    done.run();
                    if (stopping) {
                        LOG.infof("Stopping: a record of %s failed (%s); left uncommitted for redelivery",
                                message.getMetadata(IncomingKafkaRecordMetadata.class).get().getTopic(), reason);
                        return CompletableFuture.completedFuture(null);
                    }
                    return message.nack(reason, metadata);
                });
    }

    /**
     * A poll in processing: the batch itself for its consumer (records, metadata, context), with its settling counted
     * and its negative acknowledgement kept from the failure strategy while the service stops.
     */
    final class TrackedBatch<K, V> implements KafkaRecordBatch<K, V> {

        private final KafkaRecordBatch<K, V> batch;
        private final Runnable done;

        TrackedBatch(KafkaRecordBatch<K, V> batch, Runnable done) {
            this.batch = batch;
            this.done = done;
        }

        @Override
        public List<V> getPayload() {
            return batch.getPayload();
        }

        @Override
        public List<KafkaRecord<K, V>> getRecords() {
            return batch.getRecords();
        }

        @Override
        public Iterator<KafkaRecord<K, V>> iterator() {
            return batch.iterator();
        }

        @Override
        public Map<TopicPartition, KafkaRecord<K, V>> getLatestOffsetRecords() {
            return batch.getLatestOffsetRecords();
        }

        @Override
        public Metadata getMetadata() {
            return batch.getMetadata();
        }

        @Override
        public Function<Metadata, CompletionStage<Void>> getAckWithMetadata() {
            return this::ack;
        }

        @Override
        public BiFunction<Throwable, Metadata, CompletionStage<Void>> getNackWithMetadata() {
            return this::nack;
        }

        @Override
        public CompletionStage<Void> ack(Metadata metadata) {
            done.run();
            return batch.ack(metadata);
        }

        @Override
        public CompletionStage<Void> nack(Throwable reason, Metadata metadata) {
            done.run();
            if (stopping) {
                LOG.infof("Stopping: a poll of %d record(s) failed (%s); left uncommitted for redelivery",
                        batch.getRecords().size(), reason);
                return CompletableFuture.completedFuture(null);
            }
            return batch.nack(reason, metadata);
        }
    }
}
