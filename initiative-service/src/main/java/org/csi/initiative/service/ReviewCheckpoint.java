package org.csi.initiative.service;

import java.util.UUID;

import org.csi.platform.identity.Actor;

/** Review a checkpoint now; what went well and wrong are free text and may be null. */
public record ReviewCheckpoint(UUID initiativeId, UUID checkpointId, String wentWell, String wentWrong, Actor by) {
}
