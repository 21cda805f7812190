package org.csi.initiative.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.csi.events.CsiContract;
import org.csi.events.CsiEventType;
import org.csi.events.payload.TargetRegressed;
import org.csi.initiative.domain.Examples;
import org.csi.initiative.domain.Initiative;
import org.csi.initiative.domain.Objective;
import org.csi.initiative.domain.RegressionWatch;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** What csi.target.regressed carries: the objective, the watch and how the slide was judged, valid by the schema. */
class RegressionEventTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aRegressionTellsTheObjectiveTheWatchAndTheJudgement() {
        Initiative initiative = Examples.initiative();
        Objective objective = Examples.objective(initiative.id);
        Instant t0 = Instant.parse("2027-01-01T00:00:00Z");
        RegressionWatch watch = RegressionWatch.start(objective, RegressionWatch.StartedBy.ACHIEVED, null,
                new BigDecimal("3.8"), t0, t0);
        for (int i = 1; i <= 3; i++) {
            watch.judge(objective.target, new BigDecimal("5"), t0.plusSeconds(60L * i), 3, Duration.ofDays(14),
                    t0.plusSeconds(600));
        }
        UUID sip = UUID.randomUUID();
        UUID measurement = UUID.randomUUID();

        TargetRegressed payload = InitiativeEvents.regression(initiative, objective, watch, 3, "P14D", sip,
                measurement, t0.plusSeconds(600));

        assertEquals(initiative.id, payload.initiativeId());
        assertEquals(objective.id, payload.objectiveId());
        assertEquals("maria.keller@example.com", payload.owner());
        assertEquals("ACHIEVED", payload.watchStartedBy());
        assertEquals(sip, payload.previousSipId());
        assertEquals(1, payload.regression());
        assertEquals("CONSECUTIVE_VALUES", payload.judgedBy());
        assertEquals(3, payload.valuesOutside());
        assertEquals("P14D", payload.window());
        assertEquals(t0.plusSeconds(60), payload.outsideSince());
        assertEquals(t0.plusSeconds(180), payload.measuredAt());
        assertEquals(measurement, payload.measurementId());
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(CsiContract.schema(CsiEventType.TARGET_REGRESSED)).validate(JSON.valueToTree(payload));
        assertEquals(Set.of(), errors);
    }
}
