package org.csi.console.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.csi.console.client.Views.Communication;
import org.csi.console.client.Views.Delivery;
import org.csi.console.client.Views.Page;
import org.csi.console.client.Views.Subscription;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's public API, as far as the console reads it. */
@RegisterRestClient(configKey = "notification-service")
@RegisterProvider(ProblemResponses.class)
@Path("/api/v1")
public interface NotificationApi {

    @GET
    @Path("/communications")
    Page<Communication> communications(@HeaderParam("Authorization") String auth,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("audience") String audience,
            @QueryParam("channel") String channel, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/subscriptions")
    Page<Subscription> subscriptions(@HeaderParam("Authorization") String auth, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/subscriptions/{id}")
    Subscription subscription(@HeaderParam("Authorization") String auth, @PathParam("id") String id);

    @GET
    @Path("/subscriptions/{id}/deliveries")
    Page<Delivery> deliveries(@HeaderParam("Authorization") String auth, @PathParam("id") String id,
            @QueryParam("page") int page, @QueryParam("size") int size);
}
