package org.csi.console.views;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.csi.console.client.NotificationApi;
import org.csi.console.client.Views.Communication;
import org.csi.console.client.Views.Delivery;
import org.csi.console.client.Views.Page;
import org.csi.console.client.Views.Subscription;
import org.csi.console.signin.Person;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** What notification-service sent, and the webhook subscriptions with their delivery log. */
@ApplicationScoped
public class Communications {

    static final String SERVICE = "notification-service";

    @Inject
    @RestClient
    NotificationApi notifications;

    /** One page of 50, newest first, filtered as asked (null: any). */
    public Page<Communication> page(Person person, String initiativeId, String audience, String channel,
            String status, int page) {
        return Calls.call(SERVICE, () -> notifications.communications(person.authorization(), initiativeId,
                audience, channel, status, page, 50));
    }

    public List<Subscription> subscriptions(Person person) {
        return Calls.call(SERVICE, () -> notifications.subscriptions(person.authorization(), 0, 200).items());
    }

    public Subscription subscription(Person person, String id) {
        return Calls.call(SERVICE, () -> notifications.subscription(person.authorization(), id));
    }

    /** The latest 100 deliveries to the subscription. */
    public List<Delivery> deliveries(Person person, String id) {
        return Calls.call(SERVICE, () -> notifications.deliveries(person.authorization(), id, 0, 100).items());
    }
}
