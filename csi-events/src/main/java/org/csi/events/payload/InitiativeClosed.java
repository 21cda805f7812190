package org.csi.events.payload;

import java.time.Instant;
import java.util.UUID;

/** An initiative was closed: no further cycles. */
public record InitiativeClosed(UUID initiativeId, String title, int cycle, String reason, Instant closedAt) {
}
