package org.csi.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiEventType;
import org.csi.events.CsiSources;
import org.csi.platform.CsiConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The one way a CSI service applies an incoming event: read the CloudEvent, check it against the contract, then apply
 * the effect and record the event id in one transaction, so a redelivered event has no second effect. An event whose
 * {@code ce_source} is not the producer that owns its topic (see {@link CsiSources#ownerOf}) is dead-lettered.
 *
 * <p>Call it from a blocking {@code @Incoming} method that takes a {@link KafkaRecordBatch} (one poll) and returns
 * {@link #process}'s stage. The events of a poll are applied in few transactions (one per up to
 * {@code csi.messaging.batch.max-events} events): a commit per poll rather than per event is what lets a burst through.
 * A poison record is dead-lettered alone by the channel's {@code dead-letter-queue} failure strategy, with the
 * exception message as its reason, so one bad event never blocks its partition nor the rest of its poll. Transient
 * failures (the database away for a moment) are retried a few times first.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final int ATTEMPTS = 4;

    private final EventContractValidator validator;
    private final ProcessedEvents processedEvents;
    private final EntityManager em;
    private final ConsumerShutdown shutdown;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final String consumer;
    private final int maxEvents;
    private final Duration maxTime;

    EventInbox(EventContractValidator validator, ProcessedEvents processedEvents, EntityManager em,
            ConsumerShutdown shutdown, ObjectMapper mapper, MeterRegistry registry, CsiConfig config,
            @ConfigProperty(name = "csi.messaging.batch.max-events", defaultValue = "100") int maxEvents,
            @ConfigProperty(name = "csi.messaging.batch.max-time", defaultValue = "5s") Duration maxTime) {
        this.validator = validator;
        this.processedEvents = processedEvents;
        this.em = em;
        this.shutdown = shutdown;
        this.mapper = mapper;
        this.registry = registry;
        this.consumer = config.serviceName();
        this.maxEvents = Math.max(1, maxEvents);
        this.maxTime = maxTime;
    }

    /**
     * Applies one poll of a channel ({@code batch=true}, which Quarkus sets for a method taking a
     * {@link KafkaRecordBatch}) and returns a stage that completes once the poll is acknowledged: call it from a
     * blocking {@code @Incoming} method and return its result.
     * <ul>
     * <li>The applicable events are applied in the order of the poll (per partition, hence per key), each with its inbox
     * row, in as few transactions as the bounds allow: at most {@code csi.messaging.batch.max-events} events and about
     * {@code csi.messaging.batch.max-time} per transaction, so a poll never nears the transaction timeout however loaded
     * the machine is.</li>
     * <li>A poison record is dead-lettered alone, through the channel's {@code dead-letter-queue} failure strategy (same
     * topic and headers as a single record's); the rest of the poll is applied.</li>
     * <li>Any other failure of an event (the database away for a moment, a deadlock with another instance) commits the
     * events before it, then retries that event alone a few times before dead-lettering it. A transaction that fails
     * with no event to blame (at commit) is retried, then its events get a transaction each.</li>
     * <li>Dead letters are sent, then the poll acknowledged (the last record of each partition), only after the
     * transactions committed: offsets never pass an event that is neither applied nor dead-lettered.</li>
     * <li>Once the service stops ({@link ConsumerShutdown#stopping()}) no further transaction starts and nothing is
     * dead-lettered: the poll is negatively acknowledged, which {@link ConsumerShutdown} keeps from the failure strategy,
     * so it is redelivered and the events already applied are skipped as duplicates.</li>
     * </ul>
     */
    public CompletionStage<Void> process(KafkaRecordBatch<String, String> batch, EventHandlers handlers) {
        List<Poison> poisons = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        int index = 0;
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                Item item = prepare(index, record, handlers);
                if (item != null) {
                    items.add(item);
                }
            } catch (RuntimeException e) { // a PoisonEventException, or a record nothing can read: dead-lettered
                poisons.add(new Poison(index, record, e));
            }
            index++;
        }
        try {
            applyAll(items, poisons);
        } catch (RuntimeException e) {
            if (!shutdown.stopping()) {
                throw e; // not expected: applyAll dead-letters what it cannot apply
            }
            return batch.nack(e);
        }
        if (!poisons.isEmpty() && shutdown.stopping()) {
            return batch.nack(new Stopping());
        }
        // Dead letters in the order of the poll, each one sent (and its record acknowledged) before the next.
        poisons.sort(Comparator.comparingInt(Poison::index));
        for (Poison poison : poisons) {
            poison.record().nack(poison.reason()).toCompletableFuture().join();
        }
        return batch.ack();
    }

    /** Reads and checks a record; null when this consumer ignores it, a {@link PoisonEventException} when it is bad. */
    private Item prepare(int index, KafkaRecord<String, String> message, EventHandlers handlers) {
        @SuppressWarnings("unchecked")
        ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka record: " + message))
                .getRecord();
        IncomingCloudEvent event = IncomingCloudEvent.from(record);
        if (event.type().isEmpty()) {
            count(event.ceType(), "ignored");
            return null; // a type this contract version does not know: consumers ignore what they do not use
        }
        CsiEventType type = event.type().get();
        var handler = handlers.handlerFor(type);
        if (handler.isEmpty()) {
            return null;
        }
        checkProducer(record, event, type);
        if (event.dataSchema() != null && !event.dataSchema().equals(type.dataSchema())) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException("unknown version of " + type + ": ce_dataschema " + event.dataSchema()
                    + ", this consumer reads " + type.dataSchema());
        }
        return new Item(index, message, event, type, handler.get(), read(type, event));
    }

    /**
     * Applies the items in order, in transactions of several items (see {@link #process}); what cannot be applied ends
     * in {@code poisons}. Throws only when the service is stopping.
     */
    private void applyAll(List<Item> items, List<Poison> poisons) {
        List<Item> pending = new ArrayList<>(items);
        int from = 0;
        int bound = pending.size(); // below size: the index of an item that failed, applied alone after those before it
        RuntimeException boundFailure = null;
        int attempt = 1;
        while (from < pending.size()) {
            if (shutdown.stopping()) {
                throw new Stopping();
            }
            if (from == bound) {
                applyAlone(pending.get(from++), poisons, boundFailure);
                bound = pending.size();
                boundFailure = null;
                continue;
            }
            Chunk chunk = new Chunk(from, bound);
            try {
                List<Boolean> firstTimes = QuarkusTransaction.requiringNew().call(() -> applyChunk(pending, chunk));
                for (int i = 0; i < firstTimes.size(); i++) {
                    count(pending.get(from + i).type().type(), firstTimes.get(i) ? "applied" : "duplicate");
                }
                from += firstTimes.size();
                bound = pending.size();
                attempt = 1;
            } catch (RuntimeException e) {
                if (shutdown.stopping()) {
                    throw e;
                }
                PoisonEventException poison = poisonCause(e);
                if (chunk.current >= 0 && poison != null) {
                    Item bad = pending.remove(chunk.current);
                    count(bad.type().type(), "dead-lettered");
                    poisons.add(new Poison(bad.index(), bad.record(), poison));
                    bound = pending.size(); // the others are fine as far as we know: again at once
                } else if (chunk.current >= 0) {
                    // That event failed, not necessarily the others: commit the ones before it, then retry it alone.
                    bound = chunk.current;
                    boundFailure = e;
                } else if (attempt < ATTEMPTS) {
                    LOG.warnf("Committing %d events failed (attempt %d): %s; retrying", chunk.end - from, attempt,
                            e.toString());
                    sleep(200L * attempt * attempt);
                    attempt++;
                } else {
                    LOG.warnf("Committing %d events failed %d times (%s); one transaction per event now",
                            chunk.end - from, attempt, e.toString());
                    int until = Math.max(chunk.end, from + 1);
                    while (from < until) {
                        applyAlone(pending.get(from++), poisons, null);
                    }
                    bound = pending.size();
                    attempt = 1;
                }
            }
        }
    }

    /**
     * Inside one transaction: the items from {@code chunk.from}, up to its bound, at most {@link #maxEvents} of them,
     * and no more once {@link #maxTime} has passed. Records in {@code chunk} which item is running, so a failure is
     * that item's.
     */
    private List<Boolean> applyChunk(List<Item> pending, Chunk chunk) {
        List<Boolean> firstTimes = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = chunk.from; i < chunk.bound && firstTimes.size() < maxEvents; i++) {
            if (!firstTimes.isEmpty() && (System.nanoTime() - started > maxTime.toNanos() || shutdown.stopping())) {
                break;
            }
            chunk.current = i;
            firstTimes.add(applyInTransaction(pending.get(i)));
            // Each event's writes reach the database before the next event runs (a failure is the current event's),
            // and the persistence context starts empty for the next, as in a transaction of its own: without this,
            // every query of the transaction dirty-checks all entities of the events before it.
            em.flush();
            em.clear();
            chunk.end = i + 1;
        }
        chunk.current = -1;
        return firstTimes;
    }

    /** One item in its own transaction, retried a few times, then dead-lettered with the last failure. */
    private void applyAlone(Item item, List<Poison> poisons, RuntimeException failedBefore) {
        RuntimeException lastFailure = failedBefore;
        for (int failed = failedBefore == null ? 0 : 1;; failed++) {
            if (lastFailure != null) {
                if (shutdown.stopping()) {
                    throw lastFailure;
                }
                if (failed >= ATTEMPTS) {
                    count(item.type().type(), "dead-lettered");
                    poisons.add(new Poison(item.index(), item.record(), lastFailure));
                    return;
                }
                LOG.warnf("Applying %s %s failed (attempt %d): %s; retrying", item.type(), item.event().id(), failed,
                        lastFailure.toString());
                sleep(200L * failed * failed);
            }
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> applyInTransaction(item));
                count(item.type().type(), applied ? "applied" : "duplicate");
                return;
            } catch (RuntimeException e) {
                PoisonEventException poison = poisonCause(e);
                if (poison != null) {
                    count(item.type().type(), "dead-lettered");
                    poisons.add(new Poison(item.index(), item.record(), poison));
                    return;
                }
                lastFailure = e;
            }
        }
    }

    private boolean applyInTransaction(Item item) {
        if (!processedEvents.firstTime(consumer, item.event().id(), item.type().type())) {
            return false;
        }
        item.handler().apply(item.event(), item.payload());
        return true;
    }

    /** An event of the poll to apply: its place in the poll, its record, and what {@link #prepare} read from it. */
    private record Item(int index, KafkaRecord<String, String> record, IncomingCloudEvent event, CsiEventType type,
            EventHandlers.Handler<?> handler, Object payload) {
    }

    private record Poison(int index, KafkaRecord<String, String> record, RuntimeException reason) {
    }

    /** One transaction's span of pending items: where it starts and may end, and how far it got. */
    private static final class Chunk {
        final int from;
        final int bound;
        int end;
        int current = -1;

        Chunk(int from, int bound) {
            this.from = from;
            this.bound = bound;
            this.end = from;
        }
    }

    /** The service is stopping: the poll is left unacknowledged for the next consumer of the group. */
    private static final class Stopping extends RuntimeException {
        Stopping() {
            super("the service is stopping", null, false, false);
        }
    }
    /**
     * Only the service that owns a topic publishes on it ({@link CsiSources#ownerOf}), and each type travels on its own
     * topic: an event claiming another ce_source, or a type on a foreign topic, is forged or misrouted and is
     * dead-lettered without an effect.
     */
    private void checkProducer(ConsumerRecord<String, String> record, IncomingCloudEvent event, CsiEventType type) {
        String topic = record.topic();
        if (!type.topic().equals(topic)) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException(type + " belongs on " + type.topic() + ", not on " + topic);
        }
        String owner = CsiSources.ownerOf(topic).orElse(null);
        if (owner != null && !owner.equals(event.source())) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException("ce_source " + event.source() + " does not own " + topic
                    + " (only " + owner + " publishes there)");
        }
    }

    private Object read(CsiEventType type, IncomingCloudEvent event) {
        JsonNode data;
        try {
            data = validator.validate(type, event.data());
            return mapper.treeToValue(data, type.payloadType());
        } catch (PoisonEventException e) {
            count(type.type(), "dead-lettered");
            throw e;
        } catch (JsonProcessingException e) {
            count(type.type(), "dead-lettered");
            throw new PoisonEventException(type + " data does not map to " + type.payloadType().getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }

    private static PoisonEventException poisonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    private void count(String type, String outcome) {
        registry.counter("csi.events.consumed", "type", type, "outcome", outcome).increment();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
