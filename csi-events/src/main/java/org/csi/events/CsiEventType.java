package org.csi.events;

import java.util.Arrays;
import java.util.Optional;

import org.csi.events.payload.BaselineRecorded;
import org.csi.events.payload.CheckpointReviewed;
import org.csi.events.payload.CommunicationOutcome;
import org.csi.events.payload.CycleStarted;
import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.InitiativeClosed;
import org.csi.events.payload.InitiativeDetails;
import org.csi.events.payload.MaturityAssessed;
import org.csi.events.payload.MeasurementRecorded;
import org.csi.events.payload.ObjectiveSet;
import org.csi.events.payload.SipDrafted;
import org.csi.events.payload.SipTransitioned;
import org.csi.events.payload.TargetOutcome;

/**
 * Every CloudEvent type of the CSI suite: its {@code ce_type}, the topic it travels on, the payload record and the JSON
 * Schema that describes the payload ({@code ce_dataschema}). Payloads evolve additively, so one schema version is
 * enough until a field is removed or changes meaning.
 */
public enum CsiEventType {
    INITIATIVE_CREATED("csi.initiative.created", CsiTopics.INITIATIVES, InitiativeDetails.class, "initiative-details"),
    INITIATIVE_UPDATED("csi.initiative.updated", CsiTopics.INITIATIVES, InitiativeDetails.class, "initiative-details"),
    INITIATIVE_CLOSED("csi.initiative.closed", CsiTopics.INITIATIVES, InitiativeClosed.class, "initiative-closed"),
    OBJECTIVE_SET("csi.objective.set", CsiTopics.INITIATIVES, ObjectiveSet.class, "objective-set"),
    CHECKPOINT_REVIEWED("csi.checkpoint.reviewed", CsiTopics.INITIATIVES, CheckpointReviewed.class, "checkpoint-reviewed"),
    TARGET_ACHIEVED("csi.target.achieved", CsiTopics.INITIATIVES, TargetOutcome.class, "target-outcome"),
    TARGET_MISSED("csi.target.missed", CsiTopics.INITIATIVES, TargetOutcome.class, "target-outcome"),
    CYCLE_STARTED("csi.cycle.started", CsiTopics.INITIATIVES, CycleStarted.class, "cycle-started"),

    MEASUREMENT_RECORDED("csi.measurement.recorded", CsiTopics.ASSESSMENTS, MeasurementRecorded.class, "measurement-recorded"),
    MATURITY_ASSESSED("csi.maturity.assessed", CsiTopics.ASSESSMENTS, MaturityAssessed.class, "maturity-assessed"),
    BASELINE_RECORDED("csi.baseline.recorded", CsiTopics.ASSESSMENTS, BaselineRecorded.class, "baseline-recorded"),
    GAP_IDENTIFIED("csi.gap.identified", CsiTopics.ASSESSMENTS, GapIdentified.class, "gap-identified"),

    SIP_DRAFTED("csi.sip.drafted", CsiTopics.SIPS, SipDrafted.class, "sip-drafted"),
    SIP_APPROVED("csi.sip.approved", CsiTopics.SIPS, SipTransitioned.class, "sip-transitioned"),
    SIP_COMPLETED("csi.sip.completed", CsiTopics.SIPS, SipTransitioned.class, "sip-transitioned"),
    SIP_CANCELLED("csi.sip.cancelled", CsiTopics.SIPS, SipTransitioned.class, "sip-transitioned"),

    COMMUNICATION_SENT("csi.communication.sent", CsiTopics.COMMUNICATIONS, CommunicationOutcome.class, "communication-outcome"),
    COMMUNICATION_FAILED("csi.communication.failed", CsiTopics.COMMUNICATIONS, CommunicationOutcome.class, "communication-outcome");

    /** CloudEvents spec version written on every event. */
    public static final String SPEC_VERSION = "1.0";

    private final String type;
    private final String topic;
    private final Class<? extends Record> payloadType;
    private final String schemaName;

    CsiEventType(String type, String topic, Class<? extends Record> payloadType, String schemaName) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
        this.schemaName = schemaName;
    }

    /** The {@code ce_type}, e.g. {@code csi.target.missed}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payloadType() {
        return payloadType;
    }

    /** The {@code ce_dataschema}: names the schema file {@link #schemaResource()} (its {@code $id}). */
    public String dataSchema() {
        return "urn:csi:schemas:" + schemaName + ":v1";
    }

    /** Class-path resource of the payload's JSON Schema. */
    public String schemaResource() {
        return "csi/schemas/" + schemaName + ".v1.json";
    }

    /** Class-path resource of an example payload. */
    public String exampleResource() {
        return "csi/examples/" + type + ".json";
    }

    public static Optional<CsiEventType> fromType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }

    @Override
    public String toString() {
        return type;
    }
}
