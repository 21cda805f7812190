package org.csi.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csi.events.payload.InitiativeDetails;
import org.csi.platform.projection.InitiativeProjectionBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The facts of an initiative as last published by initiative-service (never read from its database): the shared
 * projection shape plus the full details, which templates read as {@code initiative}.
 */
@Entity
@Table(name = "initiative_projection")
public class InitiativeProjection extends InitiativeProjectionBase {

    /** The InitiativeDetails payload's fields ({@link PayloadFields}), handed to templates as {@code initiative}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> details;

    @Override
    protected void applyOwnFields(InitiativeDetails initiative) {
        details = PayloadFields.of(initiative);
    }

    /** The owner and every stakeholder's e-mail value, in that order (whether they are addresses is not checked). */
    public List<Object> contacts() {
        List<Object> contacts = new ArrayList<>();
        contacts.add(owner);
        if (details.get("stakeholders") instanceof List<?> stakeholders) {
            for (Object s : stakeholders) {
                if (s instanceof Map<?, ?> stakeholder) {
                    contacts.add(stakeholder.get("email"));
                }
            }
        }
        return contacts;
    }
}
