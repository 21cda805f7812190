package org.csi.notification.service;

import org.csi.events.payload.InitiativeDetails;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What one CSI event causes here, inside the consumer's transaction: the initiative projection is kept up to date,
 * each plan audience that wants the event gets one communication, and each webhook subscription that wants it gets one
 * delivery of the CloudEvent. Deliveries are rows; {@link DeliveryWorker} sends them after the commit.
 */
@ApplicationScoped
@Transactional
public class EventRouter {

    private final InitiativeProjector initiatives;
    private final CommunicationService communications;
    private final SubscriptionService subscriptions;

    EventRouter(InitiativeProjector initiatives, CommunicationService communications,
            SubscriptionService subscriptions) {
        this.initiatives = initiatives;
        this.communications = communications;
        this.subscriptions = subscriptions;
    }

    public void route(ReceivedEvent event) {
        if (event.payload() instanceof InitiativeDetails details) {
            initiatives.apply(details);
        }
        communications.communicate(event);
        subscriptions.forward(event);
    }
}
