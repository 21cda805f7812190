package org.csi.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Delivery;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends pending deliveries: a dispatcher thread claims due rows (FOR UPDATE SKIP LOCKED, so several instances share the
 * work) only as many as there are free sender threads, and each delivery is sent on its own thread with a bounded
 * timeout. A receiver that answers 500 or hangs holds one sender thread for at most the timeout and never delays the
 * others. The dispatcher wakes when an event was consumed ({@link #wake()}) and otherwise polls.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryOutcomes outcomes;
    private final DeliveryPolicy policy;
    private final WebhookUrlPolicy urlPolicy;
    private final Mailer mailer;
    private final int concurrency;
    private final Duration pollInterval;
    private final boolean enabled;
    private final Semaphore freeSenders;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private ExecutorService senders;
    private Thread dispatcher;
    private PinnedWebhookClient webhooks;
    private final Vertx vertx;

    DeliveryWorker(DeliveryOutcomes outcomes, DeliveryPolicy policy, WebhookUrlPolicy urlPolicy, Mailer mailer, Vertx vertx,
            @ConfigProperty(name = "csi.notification.delivery.concurrency", defaultValue = "8") int concurrency,
            @ConfigProperty(name = "csi.notification.delivery.poll-interval", defaultValue = "PT1S") Duration pollInterval,
            @ConfigProperty(name = "csi.notification.delivery.enabled", defaultValue = "true") boolean enabled) {
        this.outcomes = outcomes;
        this.policy = policy;
        this.urlPolicy = urlPolicy;
        this.mailer = mailer;
        this.vertx = vertx;
        this.concurrency = concurrency;
        this.pollInterval = pollInterval;
        this.enabled = enabled;
        this.freeSenders = new Semaphore(concurrency);
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        webhooks = new PinnedWebhookClient(vertx, policy.timeout);
        senders = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "csi-delivery-sender");
            t.setDaemon(true);
            return t;
        });
        running = true;
        dispatcher = new Thread(this::dispatch, "csi-delivery-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wake();
        if (senders != null) {
            senders.shutdown();
            try {
                senders.awaitTermination(policy.timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (webhooks != null) {
            webhooks.close();
        }
    }

    /** Something may be due now: claim without waiting for the next poll. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void dispatch() {
        while (running) {
            try {
                int free = freeSenders.availablePermits();
                List<UUID> claimed = free == 0 ? List.of() : outcomes.claim(free);
                for (UUID id : claimed) {
                    freeSenders.acquire();
                    senders.execute(() -> {
                        try {
                            send(id);
                        } finally {
                            freeSenders.release();
                            wake(); // a free sender may take the next due delivery
                        }
                    });
                }
                if (claimed.isEmpty() || claimed.size() < free) {
                    waitForSignal();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Claiming deliveries failed: %s; trying again", e.toString());
                    sleep(pollInterval.toMillis());
                }
            }
        }
    }

    private void waitForSignal() throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(pollInterval.toMillis());
            }
            woken = false;
        }
    }

    private void send(UUID id) {
        Delivery d;
        try {
            d = outcomes.load(id);
        } catch (RuntimeException e) {
            LOG.warnf("Cannot load delivery %s: %s", id, e.toString());
            return; // its lease runs out and it is claimed again
        }
        if (d == null) {
            return;
        }
        try {
            if (d.channel == Channel.EMAIL) {
                sendMail(d);
            } else {
                sendWebhook(d);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Delivery %s attempt failed unexpectedly: %s", id, e.toString());
            outcomes.failed(id, null, DeliveryErrors.INTERNAL, true, false);
        }
    }

    private void sendMail(Delivery d) {
        try {
            // One Message-ID per delivery, the same on every attempt: if an instance dies after the SMTP server took
            // the message but before the delivery was marked sent, the next attempt is a copy recipients' mail
            // systems recognise (SMTP has no transaction to join, so the send itself is at-least-once).
            mailer.send(new Mail().setTo(Arrays.asList(d.target.split(","))).setSubject(d.subject).setText(d.body)
                    .addHeader("Message-ID", messageId(d)));
            outcomes.succeeded(d.id, null);
        } catch (RuntimeException e) {
            LOG.warnf("Delivery %s: SMTP failed: %s", d.id, rootMessage(e));
            outcomes.failed(d.id, null, DeliveryErrors.MAIL, true, false);
        }
    }

    static String messageId(Delivery d) {
        return "<" + d.id + "@csi.notification-service>";
    }

    private void sendWebhook(Delivery d) {
        if (!outcomes.subscriptionEnabled(d)) {
            outcomes.failed(d.id, null, DeliveryErrors.SUBSCRIPTION_DISABLED, false, false);
            return;
        }
        // resolve once, check every address, and connect to nothing but the checked addresses (no second lookup)
        WebhookUrlPolicy.Resolution resolution = urlPolicy.resolve(d.target);
        if (resolution.target().isEmpty()) {
            if (resolution.unresolvable()) {
                LOG.warnf("Delivery %s: webhook host does not resolve", d.id);
                outcomes.failed(d.id, null, DeliveryErrors.NETWORK, true, true);
            } else {
                LOG.warnf("Delivery %s: webhook URL refused by the policy: %s", d.id, resolution.refusal().orElse(""));
                outcomes.failed(d.id, null, DeliveryErrors.URL_REFUSED, false, false);
            }
            return;
        }
        String secret = outcomes.secretFor(d);
        if (secret == null) {
            outcomes.failed(d.id, null, DeliveryErrors.NO_SECRET, false, false);
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        String webhookId = "msg_" + d.id; // the same on every retry, so receivers can de-duplicate
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", d.subscriptionId != null ? "application/cloudevents+json" : "application/json");
        headers.put("user-agent", "csi-notification-service");
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(secret, webhookId, timestamp, d.body));
        try {
            int status = webhooks.post(resolution.target().get(), headers, d.body);
            if (status >= 200 && status < 300) {
                outcomes.succeeded(d.id, status);
            } else {
                // 5xx, 408 and 429 may pass on a later try; other answers will not change
                boolean retryable = status >= 500 || status == 408 || status == 429;
                outcomes.failed(d.id, status, DeliveryErrors.http(status), retryable, true);
            }
        } catch (PinnedWebhookClient.TimedOut e) {
            LOG.debugf("Delivery %s timed out: %s", d.id, e.getMessage());
            outcomes.failed(d.id, null, DeliveryErrors.TIMED_OUT, true, true);
        } catch (PinnedWebhookClient.NetworkFailure e) {
            // the detail (which address, refused or unreachable) stays in the server log, never in the delivery log
            LOG.warnf("Delivery %s failed on the network: %s", d.id, e.getMessage());
            outcomes.failed(d.id, null, DeliveryErrors.NETWORK, true, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
