package org.csi.notification.rest;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who reads exact HTTP status codes in delivery logs: csi-admin and csi-manager, who register the webhooks. Other roles
 * read the class ({@code HTTP 5xx}). Nobody reads network detail (it is never stored, see DeliveryErrors).
 */
final class DeliveryLogAccess {

    private DeliveryLogAccess() {
    }

    static boolean statusCodes(SecurityIdentity caller) {
        return caller != null && !caller.isAnonymous()
                && (caller.hasRole("csi-admin") || caller.hasRole("csi-manager"));
    }
}
