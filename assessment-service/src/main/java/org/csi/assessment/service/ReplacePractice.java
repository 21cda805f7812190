package org.csi.assessment.service;

import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;

/** Replace a practice of the inventory with what {@code practice} says, if it is still at the expected version. */
public record ReplacePractice(UUID id, ExpectedVersion expected, RecordPractice practice) {
}
