package org.csi.notification.service;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends due digests every {@code csi.digest.scan-interval} (quarkus-scheduler). Every instance scans; each digest is
 * claimed and sent in its own transaction ({@link DigestService#digestNext}), so two instances scanning at once still
 * send one digest per audience and period, and a period missed while no instance ran is sent at the next scan.
 */
@ApplicationScoped
public class DigestScheduler {

    private static final Logger LOG = Logger.getLogger(DigestScheduler.class);
    /** Waiting audiences looked at per scan, and digests one audience may send in one scan (missed periods). */
    private static final int BATCH = 200;
    private static final int PERIODS_PER_SCAN = 20;

    private final DigestService digests;
    private final DeliveryWorker worker;
    private final String instance;

    DigestScheduler(DigestService digests, DeliveryWorker worker,
            @ConfigProperty(name = "csi.digest.instance-name") Optional<String> instance) {
        this.digests = digests;
        this.worker = worker;
        this.instance = instance.orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }

    @Scheduled(identity = "communication-digest", every = "${csi.digest.scan-interval:60s}",
            delayed = "${csi.digest.initial-delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDueDigests() {
        int sent = 0;
        try {
            for (DigestService.Waiting waiting : digests.waiting(BATCH)) {
                for (int i = 0; i < PERIODS_PER_SCAN; i++) {
                    Optional<DigestService.Sent> digest = digests.digestNext(waiting, Instant.now(), instance);
                    if (digest.isEmpty()) {
                        break;
                    }
                    sent++;
                    LOG.infof("Digest %s: %d item(s) for audience %s of initiative %s, period from %s",
                            digest.get().runId(), digest.get().items(), waiting.audience(), waiting.initiativeId(),
                            digest.get().periodStart());
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Sending digests failed after %d; the next scan retries", sent);
        }
        if (sent > 0) {
            worker.wake();
        }
    }
}
