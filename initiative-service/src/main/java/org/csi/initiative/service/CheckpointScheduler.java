package org.csi.initiative.service;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reviews checkpoints at their due time, every {@code csi.checkpoints.scan-interval}. Each due checkpoint is claimed and
 * reviewed in its own transaction (see {@link CheckpointService#reviewNextDue(Set)}), so several instances can scan at
 * once and each checkpoint is still reviewed exactly once.
 */
@ApplicationScoped
public class CheckpointScheduler {

    private static final Logger LOG = Logger.getLogger(CheckpointScheduler.class);

    private final CheckpointService checkpoints;
    private final int batchSize;

    CheckpointScheduler(CheckpointService checkpoints,
            @ConfigProperty(name = "csi.checkpoints.batch-size", defaultValue = "50") int batchSize) {
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "checkpoint-review", every = "${csi.checkpoints.scan-interval:30s}",
            delayed = "${csi.checkpoints.initial-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // a scan that fires while the service stops would only fail on the closed database pool
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reviewDueCheckpoints() {
        int reviewed = 0;
        Set<UUID> seen = new HashSet<>(); // each initiative at most once per scan, so none starves the others
        try {
            Optional<UUID> initiative;
            while (reviewed < batchSize && (initiative = checkpoints.reviewNextDue(seen)).isPresent()) {
                seen.add(initiative.get());
                reviewed++;
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Reviewing due checkpoints failed after %d reviews; the next scan retries", reviewed);
        }
        if (reviewed > 0) {
            LOG.infof("Reviewed %d due checkpoint(s)", reviewed);
        }
    }
}
