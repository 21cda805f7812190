package org.csi.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Audience;
import org.csi.notification.domain.AudienceKind;
import org.csi.notification.domain.Channel;
import org.csi.notification.domain.CommunicationPlan;
import org.csi.notification.domain.DigestCadence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunicationPlan", description = "Who hears about which events of an initiative, and how.")
public record PlanResponse(
        @Schema(description = "The initiative") UUID initiativeId,
        @Schema(description = "false for the default plan of an initiative without its own") boolean custom,
        @Schema(description = "The audiences") List<AudienceView> audiences,
        @Schema(description = "Digest cadence of audiences that name none", example = "DAILY")
        DigestCadence digestCadence,
        @Schema(description = "Optimistic lock version (ETag)") long version,
        @Schema(description = "Last change") Instant updatedAt) {

    @Schema(name = "Audience", description = "An audience; a webhook secret is shown only in the answer to the PUT "
            + "that created it.")
    public record AudienceView(
            @Schema(example = "service-desk") String name,
            @Schema(example = "SERVICE_DESK") AudienceKind kind,
            @Schema(example = "EMAIL") Channel channel,
            @Schema(description = "EMAIL addresses") List<String> addresses,
            @Schema(description = "WEBHOOK URL") String url,
            @Schema(description = "WEBHOOK signing secret; only in the PUT answer") String secret,
            @Schema(description = "ce_types wanted; empty: all") List<String> eventTypes,
            @Schema(description = "ce_types told at once; the others wait for the digest")
            List<String> immediateEventTypes,
            @Schema(description = "Channels of immediate messages") List<Channel> immediateChannels,
            @Schema(description = "Channels of the digest (whether there is one: digestCadence)")
            List<Channel> digestChannels,
            @Schema(description = "Digest cadence; null: the plan's; NONE: no digest", example = "WEEKLY")
            DigestCadence digestCadence) {
    }

    static PlanResponse of(CommunicationPlan plan, boolean showSecrets) {
        return new PlanResponse(plan.initiativeId, true,
                plan.audiences.stream().map(a -> view(a, showSecrets)).toList(), plan.digestCadence, plan.version,
                plan.updatedAt);
    }

    static PlanResponse defaultPlan(UUID initiativeId, List<Audience> audiences) {
        return new PlanResponse(initiativeId, false, audiences.stream().map(a -> view(a, false)).toList(), null, 0,
                null);
    }

    private static AudienceView view(Audience a, boolean showSecrets) {
        return new AudienceView(a.name(), a.kind(), a.channel(), a.addresses(), a.url(),
                showSecrets ? a.secret() : null, a.eventTypes(),
                a.immediateEventTypes() == null ? List.copyOf(new java.util.TreeSet<>(Audience.DEFAULT_IMMEDIATE))
                        : a.immediateEventTypes(),
                a.immediateVia(), a.digestVia(), a.digestCadence());
    }
}
