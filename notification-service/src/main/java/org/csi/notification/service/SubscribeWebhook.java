package org.csi.notification.service;

import java.util.List;

/**
 * Subscribe a webhook to CSI events.
 *
 * @param eventTypes the ce_types wanted; null or empty: every CSI event
 * @param secret     a Standard Webhooks secret, or null to have one generated
 */
public record SubscribeWebhook(String url, List<String> eventTypes, String secret, String description) {
}
