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

    static void publish(String bootstrap, CsiEventType type, String key, String ceId, String subject, String json) {
        String source = type.topic().equals("csi.initiatives") ? "/csi/initiative-service" : "/csi/assessment-service";
        TopicProbe.publish(bootstrap, type.topic(), key, ceId, type.type(), source, subject, type.dataSchema(), json);
    }
}
