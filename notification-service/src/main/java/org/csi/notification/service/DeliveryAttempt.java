package org.csi.notification.service;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.csi.notification.domain.Channel;
import org.csi.notification.domain.Delivery;

/**
 * A claimed delivery with everything its send needs, read in the claiming transaction, so the send itself touches no
 * database.
 *
 * @param secret the webhook signing secret (the subscription's, or the plan audience's); null for e-mail or when none
 *               is found
 * @param unsubscribeUrl an e-mail's signed link for leaving its audience (sent as List-Unsubscribe); null when none
 */
public record DeliveryAttempt(UUID id, Channel channel, boolean toSubscriber, String target, String subject,
        String body, String secret, String unsubscribeUrl) {

    static DeliveryAttempt of(Delivery d, String secret) {
        return new DeliveryAttempt(d.id, d.channel, d.toSubscriber(), d.target, d.subject, d.body, secret,
                d.unsubscribeUrl);
    }

    List<String> recipients() {
        return Arrays.asList(target.split(","));
    }

    /**
     * One Message-ID per delivery, the same on every attempt: if an instance dies after the SMTP server took the
     * message but before the delivery was marked sent, the next attempt is a copy recipients' mail systems recognise.
     */
    String messageId() {
        return "<" + id + "@csi.notification-service>";
    }

    /** Standard Webhooks' webhook-id: the same on every retry, so receivers can de-duplicate. */
    String webhookId() {
        return "msg_" + id;
    }

    String contentType() {
        return toSubscriber ? "application/cloudevents+json" : "application/json";
    }
}
