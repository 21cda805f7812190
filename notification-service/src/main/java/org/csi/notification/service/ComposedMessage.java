package org.csi.notification.service;

/** A message ready to send: a subject and the three sections every CSI communication has. */
public record ComposedMessage(String subject, String serviceImplications, String personnelImpact, String approach) {

    /** Plain text for e-mail: the subject line is sent separately. */
    public String asText() {
        return "Service implications\n" + serviceImplications + "\n\nImpact on personnel\n" + personnelImpact
                + "\n\nApproach\n" + approach + "\n";
    }
}
