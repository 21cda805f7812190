package org.csi.notification.rest;

import java.util.UUID;

import org.csi.notification.domain.Delivery;
import org.csi.notification.domain.WebhookSubscription;
import org.csi.notification.service.SubscribeWebhook;
import org.csi.notification.service.SubscriptionService;
import org.csi.platform.domain.ResultPage;
import org.csi.platform.rest.Created;
import org.csi.platform.rest.Idempotent;
import org.csi.platform.rest.PageQuery;
import org.csi.platform.rest.PageResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/subscriptions")
@Tag(name = "Webhook subscriptions", description = "CSI events pushed to integration teams as signed CloudEvents "
        + "(Standard Webhooks), without running a Kafka client.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;
    @Inject
    SecurityIdentity caller;

    @POST
    @Idempotent
    @Operation(summary = "Subscribe a webhook", description = "Every matching CSI event is POSTed to the URL as a "
            + "structured-mode CloudEvent (application/cloudevents+json) with the headers webhook-id, "
            + "webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body>). 5xx answers, "
            + "408, 429 and timeouts are retried with exponential backoff; the subscription is disabled after a number "
            + "of failures in a row (see README). The secret is shown only in this answer.")
    @APIResponse(responseCode = "201", description = "Subscribed; the answer carries the secret",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "URL not http(s), link-local, metadata or loopback address; "
            + "unknown event type; malformed secret")
    public Response createWebhookSubscription(@NotNull(message = "a JSON body is required") @Valid SubscriptionRequest request,
            @Context UriInfo uri) {
        WebhookSubscription s = subscriptions.subscribe(new SubscribeWebhook(request.url(), request.eventTypes(),
                request.secret(), request.description()));
        return Created.at(uri, s.id, SubscriptionResponse.of(s, true));
    }

    @GET
    @Operation(summary = "List subscriptions", description = "Newest first; secrets are not shown.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public PageResponse<SubscriptionResponse> listWebhookSubscriptions(@Valid @BeanParam PageQuery paging) {
        ResultPage<WebhookSubscription> found = subscriptions.list(paging.page(), paging.size());
        return PageResponse.of(found, s -> SubscriptionResponse.of(s, false));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a subscription", description = "Shows whether it is enabled and its failures in a row.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionResponse getWebhookSubscription(@PathParam("id") UUID id) {
        return SubscriptionResponse.of(subscriptions.get(id), false);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Delivery log", description = "The events sent (or being sent) to this subscription, newest "
            + "first, with status, attempts, last HTTP status and error. The error is a category, never network detail; "
            + "the exact status code is shown to csi-admin and csi-manager, its class (HTTP 5xx) to other roles.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public PageResponse<DeliveryResponse> listWebhookDeliveries(@PathParam("id") UUID id,
            @Valid @BeanParam PageQuery paging) {
        ResultPage<Delivery> found = subscriptions.deliveries(id, paging.page(), paging.size());
        return PageResponse.of(found, d -> DeliveryResponse.of(d, DeliveryLogAccess.statusCodes(caller)));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enable a subscription again", description = "After the receiver was repaired; the count of "
            + "failures in a row starts over. Events that arrived while it was disabled are not replayed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionResponse enableWebhookSubscription(@PathParam("id") UUID id) {
        return SubscriptionResponse.of(subscriptions.enable(id), false);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe", description = "Deletes the subscription and its delivery log.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public void deleteWebhookSubscription(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }
}
