package org.csi.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** In the ITIL Process Maturity Framework the weakest dimension caps the process. */
class MaturityLevelTest {

    @Test
    void theOverallLevelIsTheLowestDimensionLevel() {
        assertEquals(2, MaturityAssessment.overallLevel(Map.of(MaturityDimension.VISION_AND_STEERING, 2,
                MaturityDimension.PROCESS, 2, MaturityDimension.PEOPLE, 3, MaturityDimension.TECHNOLOGY, 3,
                MaturityDimension.CULTURE, 2)));
        assertEquals(1, MaturityAssessment.overallLevel(Map.of(MaturityDimension.PROCESS, 5,
                MaturityDimension.CULTURE, 1)));
        assertEquals(4, MaturityAssessment.overallLevel(Map.of(MaturityDimension.PEOPLE, 4)));
        assertEquals(0, MaturityAssessment.overallLevel(new EnumMap<>(MaturityDimension.class)), "nothing assessed");
    }

    @Test
    void anAssessmentIsKeyedByItsServiceOrElseItsProcess() {
        MaturityAssessment a = new MaturityAssessment();
        a.process = "Incident Management";
        assertEquals("Incident Management", a.eventKey());
        a.service = "email";
        assertEquals("email", a.eventKey());
    }
}
