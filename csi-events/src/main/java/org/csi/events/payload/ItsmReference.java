package org.csi.events.payload;

/**
 * A record in an ITSM tool that a CSI record (initiative, objective, SIP, SIP action) refers to: e.g. ServiceNow
 * problem PRB0040001. {@code system} is the tool in lower case (servicenow, jira), {@code type} one of INCIDENT,
 * PROBLEM, CHANGE, KNOWLEDGE, REQUEST, SURVEY, {@code id} the record's number or key in that tool; {@code system},
 * {@code type} and {@code id} together name it (written {@code system:type:id}, e.g. servicenow:problem:PRB0040001).
 * Shared by every payload that carries references (field {@code references}).
 */
public record ItsmReference(
        String system,
        String type,
        String id,
        String url,
        String title) {
}
