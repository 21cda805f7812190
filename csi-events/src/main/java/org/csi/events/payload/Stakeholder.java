package org.csi.events.payload;

/** A person to keep informed about an initiative. */
public record Stakeholder(String name, String email, String role) {
}
