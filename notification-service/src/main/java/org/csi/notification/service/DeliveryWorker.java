package org.csi.notification.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.csi.notification.domain.Channel;
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
 * Sends pending deliveries: a dispatcher thread claims due rows ({@link DeliveryService#claim}: FOR UPDATE SKIP LOCKED,
 * so several instances share the work) only as many as there are free sender threads, and each delivery is sent on its
 * own thread with a bounded timeout, outside any transaction; its result is recorded in one transaction
 * ({@link DeliveryService#record}). A receiver that answers 500 or hangs holds one sender thread for at most the
 * timeout and never delays the others. The dispatcher wakes when an event was consumed ({@link #wake()}) and
 * otherwise polls.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryService deliveries;
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

    DeliveryWorker(DeliveryService deliveries, DeliveryPolicy policy, WebhookUrlPolicy urlPolicy, Mailer mailer, Vertx vertx,
            @ConfigProperty(name = "csi.notification.delivery.concurrency", defaultValue = "8") int concurrency,
            @ConfigProperty(name = "csi.notification.delivery.poll-interval", defaultValue = "PT1S") Duration pollInterval,
            @ConfigProperty(name = "csi.notification.delivery.enabled", defaultValue = "true") boolean enabled) {
        this.deliveries = deliveries;
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
                List<DeliveryAttempt> claimed = free == 0 ? List.of() : deliveries.claim(free);
                for (DeliveryAttempt attempt : claimed) {
                    freeSenders.acquire();
                    senders.execute(() -> {
                        try {
                            send(attempt);
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

    /** One attempt: the send, outside any transaction, then its result in one transaction. */
    private void send(DeliveryAttempt attempt) {
        AttemptResult result;
        try {
            result = attempt.channel() == Channel.EMAIL ? sendMail(attempt) : sendWebhook(attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // shutting down: its lease runs out and it is claimed again
        } catch (RuntimeException e) {
            LOG.warnf("Delivery %s attempt failed unexpectedly: %s", attempt.id(), e.toString());
            result = AttemptResult.failed(null, DeliveryErrors.INTERNAL, true, false);
        }
        try {
            deliveries.record(attempt.id(), result);
        } catch (RuntimeException e) {
            LOG.warnf("Cannot record the attempt of delivery %s: %s", attempt.id(), e.toString());
            // its lease runs out and it is sent again: at-least-once, never lost
        }
    }

    private AttemptResult sendMail(DeliveryAttempt d) {
        try {
            // The same Message-ID on every attempt (SMTP has no transaction to join, so the send is at-least-once).
            Mail mail = new Mail().setTo(d.recipients()).setSubject(d.subject()).setText(d.body())
                    .addHeader("Message-ID", d.messageId());
            if (d.unsubscribeUrl() != null) {
                // RFC 2369 and RFC 8058: mail programs show a "leave" button that POSTs to the signed link
                mail.addHeader("List-Unsubscribe", "<" + d.unsubscribeUrl() + ">")
                        .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            mailer.send(mail);
            return AttemptResult.delivered(null);
        } catch (RuntimeException e) {
            LOG.warnf("Delivery %s: SMTP failed: %s", d.id(), rootMessage(e));
            return AttemptResult.failed(null, DeliveryErrors.MAIL, true, false);
        }
    }

    private AttemptResult sendWebhook(DeliveryAttempt d) throws InterruptedException {
        // resolve once, check every address, and connect to nothing but the checked addresses (no second lookup)
        WebhookUrlPolicy.Resolution resolution = urlPolicy.resolve(d.target());
        if (resolution.target().isEmpty()) {
            if (resolution.unresolvable()) {
                LOG.warnf("Delivery %s: webhook host does not resolve", d.id());
                return AttemptResult.failed(null, DeliveryErrors.NETWORK, true, true);
            }
            LOG.warnf("Delivery %s: webhook URL refused by the policy: %s", d.id(), resolution.refusal().orElse(""));
            return AttemptResult.refused(DeliveryErrors.URL_REFUSED);
        }
        if (d.secret() == null) {
            return AttemptResult.refused(DeliveryErrors.NO_SECRET);
        }
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", d.contentType());
        headers.put("user-agent", "csi-notification-service");
        headers.put("webhook-id", d.webhookId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(d.secret(), d.webhookId(), timestamp, d.body()));
        try {
            return AttemptResult.ofHttpStatus(webhooks.post(resolution.target().get(), headers, d.body()));
        } catch (PinnedWebhookClient.TimedOut e) {
            LOG.debugf("Delivery %s timed out: %s", d.id(), e.getMessage());
            return AttemptResult.failed(null, DeliveryErrors.TIMED_OUT, true, true);
        } catch (PinnedWebhookClient.NetworkFailure e) {
            // the detail (which address, refused or unreachable) stays in the server log, never in the delivery log
            LOG.warnf("Delivery %s failed on the network: %s", d.id(), e.getMessage());
            return AttemptResult.failed(null, DeliveryErrors.NETWORK, true, true);
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
