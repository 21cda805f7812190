package org.csi.notification.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A recipient who left an audience of an initiative's plan through their signed link: no more e-mails for it. */
@Entity
@Table(name = "audience_opt_out")
@IdClass(AudienceOptOut.Key.class)
public class AudienceOptOut extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public UUID initiativeId;

    @Id
    public String audience;

    @Id
    public String recipient;

    @Column(name = "left_at", nullable = false)
    public Instant leftAt;

    /** The addresses of the list that have not left the audience (compared ignoring case). */
    public static List<String> remaining(UUID initiativeId, String audience, List<String> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            return List.of();
        }
        List<String> left = AudienceOptOut.<AudienceOptOut>list("initiativeId = ?1 and audience = ?2", initiativeId,
                audience).stream().map(o -> o.recipient.toLowerCase(java.util.Locale.ROOT)).toList();
        return addresses.stream().filter(a -> !left.contains(a.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    public static boolean hasLeft(UUID initiativeId, String audience, String recipient) {
        return !remaining(initiativeId, audience, List.of(recipient)).contains(recipient);
    }

    public static class Key implements Serializable {
        public UUID initiativeId;
        public String audience;
        public String recipient;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(initiativeId, k.initiativeId)
                    && Objects.equals(audience, k.audience) && Objects.equals(recipient, k.recipient);
        }

        @Override
        public int hashCode() {
            return Objects.hash(initiativeId, audience, recipient);
        }
    }
}
