package org.csi.notification.rest;

import java.util.List;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.DigestCadence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(name = "AudienceRequest", description = "One audience of a communication plan.")
public record AudienceRequest(
        @Schema(description = "Unique name in the plan; the feed is read by it", example = "service-desk")
        @NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
        String name,
        @Schema(description = "Who the audience is", example = "SERVICE_DESK") @NotNull AudienceKind kind,
        @Schema(description = "How it is reached", example = "EMAIL") @NotNull Channel channel,
        @Schema(description = "EMAIL: the addresses", example = "[\"desk@example.com\"]")
        @Size(max = 100) List<@NotBlank String> addresses,
        @Schema(description = "WEBHOOK: the URL (http or https; no link-local or metadata addresses)",
                example = "https://hooks.example.com/csi")
        @Size(max = 2000) String url,
        @Schema(description = "WEBHOOK: Standard Webhooks secret (whsec_ + base64 key); generated when omitted")
        String secret,
        @Schema(description = "The ce_types it wants; empty or omitted: all", example = "[\"csi.sip.drafted\", \"csi.target.missed\"]")
        @Size(max = 50) List<@NotBlank String> eventTypes,
        @Schema(description = "The ce_types told at once; the others it wants wait for its digest. Omitted or empty: target "
                + "missed, achieved or regressed, SIP drafted, approved or completed, cycle started, initiative closed",
                example = "[\"csi.target.missed\", \"csi.sip.drafted\"]")
        @Size(max = 50) List<@NotBlank String> immediateEventTypes,
        @Schema(description = "Channels of immediate messages; omitted or empty: [channel]",
                example = "[\"EMAIL\", \"FEED\"]")
        @Size(max = 3) List<@NotNull Channel> immediateChannels,
        @Schema(description = "Channels of the digest; omitted or empty: [channel] (for no digest: digestCadence NONE)",
                example = "[\"EMAIL\"]")
        @Size(max = 3) List<@NotNull Channel> digestChannels,
        @Schema(description = "How often the digest goes out (DAILY, WEEKLY), or NONE: no digest, and the events not "
                + "told at once are not kept for one; omitted: the plan's digestCadence", example = "WEEKLY")
        DigestCadence digestCadence) {

    Audience toAudience() {
        return new Audience(name, kind, channel, addresses == null ? List.of() : addresses, url, secret,
                eventTypes == null ? List.of() : eventTypes, immediateEventTypes, immediateChannels, digestChannels,
                digestCadence);
    }
}
