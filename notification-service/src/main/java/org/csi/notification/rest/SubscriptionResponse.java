package org.csi.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.WebhookSubscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscription", description = "A webhook subscription. The secret is shown once, in the answer to the "
        + "POST that created it.")
public record SubscriptionResponse(
        @Schema(description = "Subscription id") UUID id,
        @Schema(example = "https://integration.example.com/csi-events") String url,
        @Schema(description = "ce_types wanted; empty: all", example = "[\"csi.target.missed\"]") List<String> eventTypes,
        @Schema(description = "What it is for") String description,
        @Schema(description = "Signing secret (whsec_...); only in the create answer") String secret,
        @Schema(description = "false once disabled after too many failures in a row") boolean enabled,
        @Schema(description = "Failed calls in a row") int consecutiveFailures,
        @Schema(description = "Created") Instant createdAt,
        @Schema(description = "When it was disabled") Instant disabledAt) {

    static SubscriptionResponse of(WebhookSubscription s, boolean showSecret) {
        return new SubscriptionResponse(s.id, s.url, s.eventTypes, s.description, showSecret ? s.secret : null,
                s.enabled, s.consecutiveFailures, s.createdAt, s.disabledAt);
    }
}
