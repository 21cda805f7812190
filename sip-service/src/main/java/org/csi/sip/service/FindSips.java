package org.csi.sip.service;

import java.util.UUID;

import org.csi.sip.domain.Priority;
import org.csi.sip.domain.SipStatus;

/**
 * Which SIPs to list (null filters match all; overdue false lists those that are not overdue), which page, and
 * whether ranked by score (highest first) rather than newest first.
 */
public record FindSips(SipStatus status, UUID initiativeId, String service, String owner, Priority priority,
        Boolean overdue, String ref, int page, int size, boolean byScore) {

    public FindSips(SipStatus status, UUID initiativeId, String service, String owner, Priority priority,
            Boolean overdue, int page, int size) {
        this(status, initiativeId, service, owner, priority, overdue, null, page, size, false);
    }
}
