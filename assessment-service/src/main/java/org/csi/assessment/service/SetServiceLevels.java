package org.csi.assessment.service;

import java.util.List;

import org.csi.assessment.domain.CommitmentKind;
import org.csi.assessment.domain.ServiceLevel;
import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;

/**
 * Replace the specification or the promise of a service with these levels. The first time no version is needed;
 * after that {@code expected} must name the current one (If-Match).
 */
public record SetServiceLevels(String service, CommitmentKind kind, List<ServiceLevel> levels,
        ExpectedVersion expected, Actor by) {
}
