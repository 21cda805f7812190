package org.csi.console.live;

/** A CSI event as the console shows it live: its CloudEvents type, id, when, which initiative, and one line. */
public record LiveEvent(String id, String type, String time, String initiativeId, String summary) {
}
