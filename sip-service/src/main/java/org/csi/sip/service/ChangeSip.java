package org.csi.sip.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.csi.platform.domain.ExpectedVersion;
import org.csi.platform.identity.Actor;
import org.csi.platform.itsm.ItsmLinks;
import org.csi.sip.domain.Priority;
import org.csi.sip.domain.SipRatings;

/** Change the editable fields of an open SIP; null fields stay as they are. The version is required. */
public record ChangeSip(UUID sipId, ExpectedVersion expected, String title, String description, String owner,
        Priority priority, String expectedBenefit, LocalDate targetCompletionDate, List<ItsmLinks.Given> references,
        Actor by, SipRatings ratings, org.csi.sip.domain.SipValue value) {

    public ChangeSip(UUID sipId, ExpectedVersion expected, String title, String description, String owner,
            Priority priority, String expectedBenefit, LocalDate targetCompletionDate, Actor by) {
        this(sipId, expected, title, description, owner, priority, expectedBenefit, targetCompletionDate, null, by,
                SipRatings.NONE, org.csi.sip.domain.SipValue.NONE);
    }

    public ChangeSip(UUID sipId, ExpectedVersion expected, String title, String description, String owner,
            Priority priority, String expectedBenefit, LocalDate targetCompletionDate, Actor by,
            org.csi.sip.domain.SipValue value) {
        this(sipId, expected, title, description, owner, priority, expectedBenefit, targetCompletionDate, null, by,
                SipRatings.NONE, value);
    }
}
