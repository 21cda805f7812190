package org.csi.notification.service;

import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.DigestCadence;
import org.csi.platform.domain.ExpectedVersion;

/**
 * Create or replace an initiative's communication plan.
 *
 * @param expected the version being replaced; its tags null when the caller named none (If-Match is optional here)
 * @param digestCadence the plan's default digest cadence; null: {@code csi.digest.default-cadence}
 */
public record SetCommunicationPlan(UUID initiativeId, List<Audience> audiences, ExpectedVersion expected,
        DigestCadence digestCadence) {
}
