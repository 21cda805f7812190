/**
 * Payload records of the CSI events (the CloudEvent {@code data}, JSON). Enumerated values travel as plain strings; the
 * JSON Schemas list the values of this contract version, and a new value comes with a new schema version. Consumers
 * ignore fields they do not know, so adding a field is not a new version.
 */
package org.csi.events.payload;
