package org.csi.notification.rest;

import java.time.Instant;
import java.util.UUID;

import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Communication;
import org.csi.notification.domain.CommunicationStatus;
import org.csi.notification.service.DeliveryErrors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Communication", description = "A message to one audience about one CSI event, with its three sections.")
public record CommunicationResponse(
        @Schema(description = "Communication id") UUID id,
        @Schema(description = "The initiative it is about") UUID initiativeId,
        @Schema(description = "ce_id of the event it reports") String sourceEventId,
        @Schema(example = "csi.target.missed") String sourceEventType,
        @Schema(example = "initiative-stakeholders") String audience,
        @Schema(example = "STAKEHOLDERS") AudienceKind audienceKind,
        @Schema(example = "EMAIL") Channel channel,
        @Schema(description = "E-mail addresses or webhook URL; null for the feed", example = "owner@example.com")
        String recipients,
        @Schema(example = "Target missed: Mean time to restore e-mail") String subject,
        @Schema(description = "The three sections every CSI communication has") Sections sections,
        @Schema(example = "DELIVERED") CommunicationStatus status,
        @Schema(description = "Delivery attempts made") int attempts,
        @Schema(description = "What went wrong in the last failed attempt, as a category (see Delivery.lastError)")
        String lastError,
        @Schema(description = "Composed") Instant createdAt,
        @Schema(description = "Delivered") Instant deliveredAt) {

    @Schema(name = "CommunicationSections")
    public record Sections(
            @Schema(description = "What the event means for the services") String serviceImplications,
            @Schema(description = "What it means for the people") String personnelImpact,
            @Schema(description = "How the improvement proceeds") String approach) {
    }

    /** @param statusCodes whether the reader may see exact HTTP status codes (csi-admin, csi-manager) */
    static CommunicationResponse of(Communication c, boolean statusCodes) {
        return new CommunicationResponse(c.id, c.initiativeId, c.sourceEventId, c.sourceEventType, c.audience,
                c.audienceKind, c.channel, c.recipients, c.subject,
                new Sections(c.serviceImplications, c.personnelImpact, c.approach), c.status, c.attempts,
                statusCodes ? c.lastError : DeliveryErrors.forViewers(c.lastError),
                c.createdAt, c.deliveredAt);
    }
}
