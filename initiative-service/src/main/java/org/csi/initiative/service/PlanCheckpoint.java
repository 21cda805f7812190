package org.csi.initiative.service;

import java.time.Instant;
import java.util.UUID;

import org.csi.platform.identity.Actor;

/** Add an explicit checkpoint to the initiative's current cycle. */
public record PlanCheckpoint(UUID initiativeId, Instant dueAt, String note, Actor by) {
}
