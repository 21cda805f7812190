package org.csi.platform.itsm;

import java.time.Instant;

import org.csi.events.payload.ItsmReference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A reference from a CSI record to a record in an ITSM tool, with who added it and when. Held as an element
 * collection by each owner (initiative, objective, SIP, SIP action) in a table of its own with the same columns.
 */
@Embeddable
public class ItsmLink {

    @Column(name = "ref_system", nullable = false)
    public String system;

    @Enumerated(EnumType.STRING)
    @Column(name = "ref_type", nullable = false)
    public ItsmType type;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    public String url;

    public String title;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public static ItsmLink of(ItsmRecordKey key, String url, String title, String addedBy, Instant addedAt) {
        ItsmLink link = new ItsmLink();
        link.system = key.system();
        link.type = key.type();
        link.recordId = key.id();
        link.url = url;
        link.title = title;
        link.addedBy = addedBy;
        link.addedAt = addedAt;
        return link;
    }

    public ItsmRecordKey key() {
        return new ItsmRecordKey(system, type, recordId);
    }

    /** As events carry it. */
    public ItsmReference toEvent() {
        return new ItsmReference(system, type.name(), recordId, url, title);
    }
}
