package org.csi.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Communication", description = "A message to one audience about one CSI event, with its three sections.")
public record CommunicationResponse(
        UUID id,
        UUID initiativeId,
        @Schema(description = "ce_id of the event it reports") String sourceEventId,
        @Schema(example = "csi.target.missed") String sourceEventType,
        @Schema(example = "initiative-stakeholders") String audience,
        Channel channel,
        @Schema(example = "Target missed: Mean time to restore e-mail") String subject,
        Sections sections,
        CommunicationStatus status,
        int attempts,
        Instant createdAt,
        Instant deliveredAt) {

    @Schema(name = "CommunicationSections")
    public record Sections(String serviceImplications, String personnelImpact, String approach) {
    }

    static CommunicationResponse of(Communication c) {
        return new CommunicationResponse(c.id, c.initiativeId, c.sourceEventId, c.sourceEventType, c.audience,
                c.channel, c.subject, new Sections(c.serviceImplications, c.personnelImpact, c.approach), c.status,
                c.attempts, c.createdAt, c.deliveredAt);
    }
}
