package org.csi.sip;

import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.testkit.TopicProbe;

/** CloudEvents as initiative-service and assessment-service publish them, with fresh ids per test. */
final class Triggers {

    private Triggers() {
    }

    static String targetMissed(UUID initiativeId, UUID objectiveId, UUID checkpointId, String actual) {
        return """
                {"initiativeId": "%s", "initiativeTitle": "Stabilise Service Operation for E-Mail", "cycle": 1,
                 "focusAreas": ["SERVICE_QUALITY", "CUSTOMER_SATISFACTION"], "owner": "Maria Keller",
                 "objectiveId": "%s", "objectiveName": "Restore e-mail incidents within 4 hours",
                 "kpiKey": "incident.mttr.hours", "service": "email", "unit": "hours",
                 "baselineValue": 8, "targetValue": 4, "actualValue": %s, "direction": "LOWER_IS_BETTER",
                 "tolerance": 0.5, "checkpointId": "%s", "reviewedAt": "2025-04-30T14:00:00Z"}"""
                .formatted(initiativeId, objectiveId, actual, checkpointId);
    }

    static String maturityGap(UUID gapId) {
        return """
                {"gapId": "%s", "gapKind": "MATURITY", "initiativeId": null, "objectiveId": null, "service": "email",
                 "process": "Problem Management", "kpiKey": null, "dimension": null, "currentValue": 1,
                 "targetValue": 3, "gapSize": 2, "direction": "HIGHER_IS_BETTER", "focusArea": "COMPLIANCE",
                 "identifiedAt": "2025-04-30T14:05:00Z"}""".formatted(gapId);
    }

    /** A gap of the Service Gap model as assessment-service announces it, with its gap number; key: the service. */
    static String serviceGap(UUID gapId, int number, String dimension, String kpiKey) {
        String stage = switch (number) {
            case 1 -> "STRATEGY";
            case 2 -> "DESIGN";
            case 3 -> "TRANSITION";
            default -> "OPERATION";
        };
        return """
                {"gapId": "%s", "gapKind": "SERVICE_GAP_%d", "initiativeId": null, "objectiveId": null,
                 "service": "email", "process": null, "kpiKey": %s, "dimension": %s, "currentValue": 6.5,
                 "targetValue": 4, "gapSize": 2.5, "direction": "LOWER_IS_BETTER", "focusArea": null,
                 "identifiedAt": "2026-11-30T08:00:00Z", "gapNumber": %d, "lifecycleStage": "%s",
                 "perspective": "%s"}""".formatted(gapId, number, kpiKey == null ? "null" : "\"" + kpiKey + "\"",
                dimension == null ? "null" : "\"" + dimension + "\"", number, stage,
                number == 2 || number == 3 ? "IT" : "BUSINESS");
    }

    static void publish(String bootstrap, CsiEventType type, String key, String ceId, String subject, String json) {
        String source = type.topic().equals("csi.initiatives") ? "/csi/initiative-service" : "/csi/assessment-service";
        TopicProbe.publish(bootstrap, type.topic(), key, ceId, type.type(), source, subject, type.dataSchema(), json);
    }
}
