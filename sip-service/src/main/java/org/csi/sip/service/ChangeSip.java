package org.csi.sip.service;

import java.time.LocalDate;
import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;
import org.csi.sip.domain.Priority;

/** Change the editable fields of an open SIP; null fields stay as they are. The version is required. */
public record ChangeSip(UUID sipId, ExpectedVersion expected, String title, String description, String owner,
        Priority priority, String expectedBenefit, LocalDate targetCompletionDate, Actor by,
        org.csi.sip.domain.SipValue value) {

    public ChangeSip(UUID sipId, ExpectedVersion expected, String title, String description, String owner,
            Priority priority, String expectedBenefit, LocalDate targetCompletionDate, Actor by) {
        this(sipId, expected, title, description, owner, priority, expectedBenefit, targetCompletionDate, by,
                org.csi.sip.domain.SipValue.NONE);
    }
}
