package org.csi.events;

import java.util.Arrays;
import java.util.Optional;

import org.csi.events.payload.BaselineRecorded;
import org.csi.events.payload.ChangeRequested;
import org.csi.events.payload.BenefitMeasured;
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
import org.csi.events.payload.TargetRegressed;

/**
 * Every CloudEvent type of the CSI suite: its {@code ce_type}, the topic it travels on, the payload record and the JSON
 * Schema that describes the payload ({@code ce_dataschema}), then what the AsyncAPI document says of it: the Kafka key,
 * what {@code ce_subject} names, a title and a one-line summary. Payloads evolve additively, so one schema version is
 * enough until a field is removed or changes meaning.
 * <p>
 * This enum is the one list of event types: the AsyncAPI document's messages are written from it at build time
 * ({@link AsyncApiWriter}), consumers and contract checks look types up here, and the README's event catalog is
 * checked against it ({@code EventCatalogReadmeTest}). Adding a type is described in CONTRIBUTING.md.
 */
public enum CsiEventType {
    INITIATIVE_CREATED("csi.initiative.created", CsiTopics.INITIATIVES, InitiativeDetails.class, "initiative-details",
            Key.INITIATIVE, "initiative", "Initiative created",
            "A CSI initiative was created; the payload is its full state."),
    INITIATIVE_UPDATED("csi.initiative.updated", CsiTopics.INITIATIVES, InitiativeDetails.class, "initiative-details",
            Key.INITIATIVE, "initiative", "Initiative updated",
            "A CSI initiative changed; the payload is its full new state (the highest version wins)."),
    INITIATIVE_CLOSED("csi.initiative.closed", CsiTopics.INITIATIVES, InitiativeClosed.class, "initiative-closed",
            Key.INITIATIVE, "initiative", "Initiative closed",
            "A CSI initiative was closed; no further cycles follow."),
    OBJECTIVE_SET("csi.objective.set", CsiTopics.INITIATIVES, ObjectiveSet.class, "objective-set",
            Key.INITIATIVE, "objective", "Objective set",
            "A measurable objective was set for an initiative."),
    CHECKPOINT_REVIEWED("csi.checkpoint.reviewed", CsiTopics.INITIATIVES, CheckpointReviewed.class, "checkpoint-reviewed",
            Key.INITIATIVE, "checkpoint", "Checkpoint reviewed",
            "A checkpoint was reviewed, with one result per objective."),
    TARGET_ACHIEVED("csi.target.achieved", CsiTopics.INITIATIVES, TargetOutcome.class, "target-outcome",
            Key.INITIATIVE, "objective", "Target achieved",
            "An objective reached its target at a checkpoint."),
    TARGET_MISSED("csi.target.missed", CsiTopics.INITIATIVES, TargetOutcome.class, "target-outcome",
            Key.INITIATIVE, "objective", "Target missed",
            "An objective missed its target at a checkpoint; sip-service drafts a SIP from it."),
    TARGET_REGRESSED("csi.target.regressed", CsiTopics.INITIATIVES, TargetRegressed.class, "target-regressed",
            Key.INITIATIVE, "objective", "Target regressed",
            "The KPI of an achieved objective (or of one whose SIP completed) slid back outside its tolerance; sip-service drafts a REGRESSION SIP from it."),
    CYCLE_STARTED("csi.cycle.started", CsiTopics.INITIATIVES, CycleStarted.class, "cycle-started",
            Key.INITIATIVE, "initiative", "Cycle started",
            "The next improvement cycle of an initiative began."),

    MEASUREMENT_RECORDED("csi.measurement.recorded", CsiTopics.ASSESSMENTS, MeasurementRecorded.class, "measurement-recorded",
            Key.SERVICE, "measurement", "Measurement recorded",
            "A KPI value was measured for a service."),
    MATURITY_ASSESSED("csi.maturity.assessed", CsiTopics.ASSESSMENTS, MaturityAssessed.class, "maturity-assessed",
            Key.MATURITY, "assessment", "Maturity assessed",
            "The maturity of a process was assessed."),
    BASELINE_RECORDED("csi.baseline.recorded", CsiTopics.ASSESSMENTS, BaselineRecorded.class, "baseline-recorded",
            Key.SERVICE, "baseline", "Baseline recorded",
            "A baseline of a service (KPI values and process maturity as of a date) was recorded."),
    GAP_IDENTIFIED("csi.gap.identified", CsiTopics.ASSESSMENTS, GapIdentified.class, "gap-identified",
            Key.ASSESSMENT, "gap", "Gap identified",
            "A gap between where a service is and where it should be; sip-service drafts a SIP from it."),
    BENEFIT_MEASURED("csi.benefit.measured", CsiTopics.ASSESSMENTS, BenefitMeasured.class, "benefit-measured",
            Key.INITIATIVE, "SIP", "Benefit measured",
            "A completed SIP's KPI re-measured at a checkpoint: mean before vs after, share of the gap closed, ROI."),

    SIP_DRAFTED("csi.sip.drafted", CsiTopics.SIPS, SipDrafted.class, "sip-drafted",
            Key.SIP, "SIP", "SIP drafted",
            "A Service Improvement Plan was drafted from a missed target, a gap, or by hand."),
    SIP_APPROVED("csi.sip.approved", CsiTopics.SIPS, SipTransitioned.class, "sip-transitioned",
            Key.SIP, "SIP", "SIP approved",
            "A Service Improvement Plan was approved."),
    SIP_COMPLETED("csi.sip.completed", CsiTopics.SIPS, SipTransitioned.class, "sip-transitioned",
            Key.SIP, "SIP", "SIP completed",
            "A Service Improvement Plan was carried out."),
    SIP_CANCELLED("csi.sip.cancelled", CsiTopics.SIPS, SipTransitioned.class, "sip-transitioned",
            Key.SIP, "SIP", "SIP cancelled",
            "A Service Improvement Plan was cancelled."),
    CHANGE_REQUESTED("csi.change.requested", CsiTopics.SIPS, ChangeRequested.class, "change-requested",
            Key.SIP, "SIP action", "Change requested",
            "An action of a SIP asks for a change; an ITSM tool raises the change request and links it back to the action."),

    COMMUNICATION_SENT("csi.communication.sent", CsiTopics.COMMUNICATIONS, CommunicationOutcome.class, "communication-outcome",
            Key.COMMUNICATION, "communication", "Communication sent",
            "A stakeholder communication was delivered."),
    COMMUNICATION_FAILED("csi.communication.failed", CsiTopics.COMMUNICATIONS, CommunicationOutcome.class, "communication-outcome",
            Key.COMMUNICATION, "communication", "Communication failed",
            "A stakeholder communication could not be delivered, not even after its retries.");

    /** CloudEvents spec version written on every event. */
    public static final String SPEC_VERSION = "1.0";

    private final String type;
    private final String topic;
    private final Class<? extends Record> payloadType;
    private final String schemaName;
    private final Key key;
    private final String subject;
    private final String title;
    private final String summary;

    /**
     * @param type        the {@code ce_type}
     * @param topic       the topic it travels on (one of {@link CsiTopics})
     * @param payloadType the payload record in {@code org.csi.events.payload}
     * @param schemaName  names {@code csi/schemas/<schemaName>.v1.json} and {@code urn:csi:schemas:<schemaName>:v1}
     * @param key         what the Kafka key is
     * @param subject     what {@code ce_subject} is the id of, e.g. {@code objective}
     * @param title       a title, e.g. {@code Target missed}
     * @param summary     one sentence: what happened (plain text, one line)
     */
    CsiEventType(String type, String topic, Class<? extends Record> payloadType, String schemaName, Key key,
            String subject, String title, String summary) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
        this.schemaName = schemaName;
        this.key = key;
        this.subject = subject;
        this.title = title;
        this.summary = summary;
    }

    /**
     * The Kafka key of an event, as the AsyncAPI document names and describes it ({@code #/components/schemas/<name>}).
     * Every event of an initiative is keyed by the initiative id; the others by what they belong to.
     */
    public enum Key {
        INITIATIVE("initiativeKey"),
        SERVICE("serviceKey"),
        ASSESSMENT("assessmentKey"),
        MATURITY("maturityKey"),
        SIP("sipKey"),
        COMMUNICATION("communicationKey");

        private final String schemaName;

        Key(String schemaName) {
            this.schemaName = schemaName;
        }

        /** The name of the key's schema among the AsyncAPI document's components. */
        public String schemaName() {
            return schemaName;
        }
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

    /** The Kafka key of its records. */
    public Key key() {
        return key;
    }

    /** What {@code ce_subject} carries, e.g. {@code The objective id.} */
    public String subjectDescription() {
        return "The " + subject + " id.";
    }

    /** A title for people, e.g. {@code Target missed}. */
    public String title() {
        return title;
    }

    /** One sentence saying what happened. */
    public String summary() {
        return summary;
    }

    /** Its message's name in the AsyncAPI document: the type after {@code csi.} in camel case, e.g. targetMissed. */
    public String messageName() {
        String[] words = type.substring("csi.".length()).split("\\.");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    public static Optional<CsiEventType> fromType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }

    @Override
    public String toString() {
        return type;
    }
}
