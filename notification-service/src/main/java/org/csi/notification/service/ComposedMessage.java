package org.csi.notification.service;

/** A message ready to send: a subject and the three sections every CSI communication has. */
public record ComposedMessage(String subject, String serviceImplications, String personnelImpact, String approach) {
}
