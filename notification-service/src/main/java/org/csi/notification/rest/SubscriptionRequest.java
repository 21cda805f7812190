package org.csi.notification.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "SubscriptionRequest", description = "A webhook for CSI events.", example = """
        {"url": "https://integration.example.com/csi-events", "eventTypes": ["csi.target.missed", "csi.sip.drafted"],
         "description": "ITSM tool: open a problem record when a target is missed"}""")
public record SubscriptionRequest(
        @Schema(description = "Where the CloudEvents are POSTed (http or https; no link-local or metadata addresses)",
                example = "https://integration.example.com/csi-events")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "ce_types wanted; empty or omitted: every CSI event", example = "[\"csi.target.missed\"]")
        @Size(max = 50) List<@NotBlank String> eventTypes,
        @Schema(description = "Standard Webhooks secret (whsec_ + base64 key of at least 16 bytes); generated when "
                + "omitted") String secret,
        @Schema(description = "What the subscription is for", example = "ITSM tool problem records")
        @Size(max = 500) String description) {
}
