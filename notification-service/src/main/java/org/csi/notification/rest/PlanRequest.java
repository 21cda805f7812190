package org.csi.notification.rest;

import java.util.List;

import org.csi.notification.domain.DigestCadence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

@Schema(name = "CommunicationPlanRequest", description = "The audiences of an initiative's communication plan.",
        example = """
                {"audiences": [
                  {"name": "service-desk", "kind": "SERVICE_DESK", "channel": "EMAIL", "addresses": ["desk@example.com"],
                   "eventTypes": ["csi.sip.drafted", "csi.target.missed"]},
                  {"name": "itsm-tool", "kind": "PROCESS_OWNERS", "channel": "WEBHOOK", "url": "https://itsm.example.com/hooks/csi"},
                  {"name": "staff", "kind": "STAFF", "channel": "FEED", "digestCadence": "WEEKLY"},
                  {"name": "managers", "kind": "MANAGEMENT", "channel": "EMAIL", "addresses": ["cio@example.com"],
                   "immediateChannels": ["EMAIL", "FEED"], "digestChannels": ["EMAIL"]}],
                 "digestCadence": "DAILY"}""")
public record PlanRequest(
        @Schema(description = "At least one audience") @NotEmpty(message = "a plan needs at least one audience")
        @Size(max = 50) List<@Valid AudienceRequest> audiences,
        @Schema(description = "Digest cadence of audiences that name none; omitted: the service default (DAILY); "
                + "NONE: those audiences get no digest", example = "DAILY")
        DigestCadence digestCadence) {
}
