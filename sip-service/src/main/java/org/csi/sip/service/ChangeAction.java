package org.csi.sip.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.sip.domain.ActionStatus;

/** Change an action of an open SIP; null fields stay. The action's version is required; DROPPED needs a note. */
public record ChangeAction(UUID sipId, UUID actionId, ExpectedVersion expected, String description, String owner,
        LocalDate dueDate, ActionStatus status, String note, List<ItsmLinks.Given> references, Actor by) {
}
