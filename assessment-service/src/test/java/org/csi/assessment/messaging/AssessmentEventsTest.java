package org.csi.assessment.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csi.assessment.domain.AssessmentType;
import org.csi.assessment.domain.Baseline;
import org.csi.assessment.domain.GapKind;
import org.csi.assessment.domain.GapObservation;
import org.csi.assessment.domain.KpiGap;
import org.csi.assessment.domain.MaturityAssessment;
import org.csi.assessment.domain.MaturityModel;
import org.csi.assessment.domain.Measurement;
import org.csi.assessment.domain.ObjectiveProjection;
import org.csi.assessment.domain.OpenGap;
import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.csi.events.payload.BaselineRecorded;
import org.csi.events.payload.GapIdentified;
import org.csi.events.payload.MaturityAssessed;
import org.csi.events.payload.MeasurementRecorded;
import org.csi.platform.domain.Direction;
import org.csi.platform.domain.KpiReading;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** How assessment-service's domain objects become csi-events payloads: every field, and valid against its schema. */
class AssessmentEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void aMeasurementIsRecordedWithItsValueWrittenPlainly() {
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.kpiKey = "incident.mttr.hours";
        m.service = "email";
        // the value as the NUMERIC(30, 10) column returns it
        m.reading = KpiReading.of(new BigDecimal("6.5000000000"), "hours", AT);
        m.sourceSystem = "servicenow";
        m.sourceId = "INC-1";

        MeasurementRecorded event = AssessmentEvents.payload(m);

        assertEquals(new MeasurementRecorded(m.id, "incident.mttr.hours", "email", new BigDecimal("6.5"), "hours", AT,
                "servicenow", "INC-1"), event);
        assertValid(CsiEventType.MEASUREMENT_RECORDED, event);
    }

    @Test
    void aMaturityAssessmentCarriesItsAssessorAndWhomTheyActedFor() {
        MaturityAssessment a = assessment();
        a.assessorOnBehalfOf = "jane.doe@example.com";

        MaturityAssessed event = AssessmentEvents.payload(a);

        assertEquals(new MaturityAssessed(a.id, "Incident Management", "email", "ITIL_PMF", "FACILITATED", "admin",
                LocalDate.parse("2026-11-20"), Map.of("PROCESS", 3, "CULTURE", 1), 1, 3, "jane.doe@example.com"), event);
        assertValid(CsiEventType.MATURITY_ASSESSED, event);
    }

    @Test
    void aProcessWideAssessmentHasNoService() {
        MaturityAssessment a = assessment();
        a.service = null;
        a.targetLevel = null;

        MaturityAssessed event = AssessmentEvents.payload(a);

        assertNull(event.service());
        assertNull(event.targetLevel());
        assertNull(event.onBehalfOf());
        assertValid(CsiEventType.MATURITY_ASSESSED, event);
    }

    @Test
    void aBaselineSummarisesItsKpisMaturityAndPractices() {
        Baseline b = new Baseline();
        b.id = UUID.randomUUID();
        b.name = "E-mail before CSI cycle 1";
        b.service = "email";
        b.asOf = LocalDate.parse("2026-11-20");
        b.kpis = new ArrayList<>(List.of(new Baseline.KpiValue("incident.mttr.hours", new BigDecimal("8"), "hours", AT,
                "MEASURED")));
        b.maturity = new ArrayList<>(List.of(new Baseline.ProcessMaturity("Incident Management", UUID.randomUUID(),
                LocalDate.parse("2026-11-01"), Map.of("PROCESS", 2), 2, 3)));
        b.practices = new ArrayList<>(List.of(
                new Baseline.PracticeSnapshot(UUID.randomUUID(), "Incident Management", "Call", "AD_HOC", false, null),
                new Baseline.PracticeSnapshot(UUID.randomUUID(), "Incident Management", "Triage", "FORMAL", true, "x")));

        BaselineRecorded event = AssessmentEvents.payload(b);

        assertEquals(new BaselineRecorded(b.id, "E-mail before CSI cycle 1", "email", b.asOf,
                List.of(new BaselineRecorded.KpiValue("incident.mttr.hours", new BigDecimal("8"), "hours", AT)),
                List.of(new BaselineRecorded.ProcessMaturity("Incident Management", 2, 3)), 2), event);
        assertValid(CsiEventType.BASELINE_RECORDED, event);
    }

    @Test
    void aKpiGapNamesItsObjectiveAndKpiWithTheNumbersItOpenedWith() {
        ObjectiveProjection o = new ObjectiveProjection();
        o.objectiveId = UUID.randomUUID();
        o.initiativeId = UUID.randomUUID();
        o.target.service = "email";
        o.target.kpiKey = "incident.mttr.hours";
        o.target.targetValue = new BigDecimal("4.0000000000");
        o.target.direction = Direction.LOWER_IS_BETTER;
        KpiGap gap = KpiGap.of(o.target.targetValue, o.target.direction, new BigDecimal("0.5"),
                new BigDecimal("6.5"), null);
        GapObservation found = GapObservation.kpi(o, gap, Optional.empty());
        OpenGap open = opened(found);

        GapIdentified event = AssessmentEvents.payload(open, found);

        assertEquals(new GapIdentified(open.id, "KPI", o.initiativeId, o.objectiveId, "email", null,
                "incident.mttr.hours", null, new BigDecimal("6.5"), new BigDecimal("4"), new BigDecimal("2.5"),
                "LOWER_IS_BETTER", null, AT), event);
        assertValid(CsiEventType.GAP_IDENTIFIED, event);
    }

    @Test
    void aMaturityGapNamesItsProcess() {
        MaturityAssessment a = assessment();
        GapObservation found = GapObservation.maturity(a, Optional.empty());
        OpenGap open = opened(found);

        GapIdentified event = AssessmentEvents.payload(open, found);

        assertEquals(GapKind.MATURITY.name(), event.gapKind());
        assertEquals("Incident Management", event.process());
        assertNull(event.objectiveId());
        assertNull(event.kpiKey());
        assertEquals(new BigDecimal("2"), event.gapSize());
        assertEquals("HIGHER_IS_BETTER", event.direction());
        assertValid(CsiEventType.GAP_IDENTIFIED, event);
    }

    private static MaturityAssessment assessment() {
        MaturityAssessment a = new MaturityAssessment();
        a.id = UUID.randomUUID();
        a.process = "Incident Management";
        a.service = "email";
        a.model = MaturityModel.ITIL_PMF;
        a.assessmentType = AssessmentType.FACILITATED;
        a.assessor = "admin";
        a.assessedOn = LocalDate.parse("2026-11-20");
        a.levels = new LinkedHashMap<>(Map.of("PROCESS", 3, "CULTURE", 1));
        a.overallLevel = 1;
        a.targetLevel = 3;
        return a;
    }

    /** The open gap as GapTracker stores it for a first observation beyond tolerance. */
    private static OpenGap opened(GapObservation found) {
        assertTrue(found.beyondTolerance());
        OpenGap gap = new OpenGap();
        gap.id = UUID.randomUUID();
        gap.service = found.service();
        gap.gapKind = found.kind();
        gap.subject = found.subject();
        gap.initiativeId = found.initiativeId();
        gap.currentValue = found.current();
        gap.targetValue = found.target();
        gap.gapSize = found.gapSize();
        gap.openedAt = AT;
        return gap;
    }

    private static void assertValid(CsiEventType type, Record payload) {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(CsiContract.schema(type));
        Set<ValidationMessage> errors = schema.validate(JSON.valueToTree(payload));
        assertTrue(errors.isEmpty(), () -> type + ": " + errors);
    }
}
