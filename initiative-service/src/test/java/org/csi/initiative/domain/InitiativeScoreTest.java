package org.csi.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.csi.platform.domain.ImprovementScore;
import org.csi.platform.domain.ImprovementScore.Basis;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An initiative's score (plain JUnit): ratings as given or the default, alignment from the focus-area weights; and the
 * built-in focus-area weights are the ones sip-service ranks and prioritises SIPs by (one set, not two).
 */
class InitiativeScoreTest {

    static final ImprovementScore.Weights WEIGHTS = new ImprovementScore.Weights(BigDecimal.valueOf(3),
            BigDecimal.valueOf(2), BigDecimal.ONE, BigDecimal.valueOf(2));

    @Test
    void ratingsAndTheHeaviestFocusAreaMakeTheScore() throws IOException {
        Map<FocusArea, BigDecimal> weights = builtInWeights();
        Initiative initiative = new Initiative();
        initiative.focusAreas = List.of(FocusArea.COST, FocusArea.SECURITY);
        initiative.benefitRating = 5;
        initiative.effortRating = 2;
        ImprovementScore score = InitiativeScore.of(initiative, WEIGHTS, 3, weights);
        assertEquals(new BigDecimal("87.5"), score.score()); // risk unrated: 3
        assertEquals(Basis.DEFAULT, score.parts().get(2).basis());
        assertEquals("focus-area weight 1.5 of at most 1.5", score.parts().get(3).detail());

        initiative.focusAreas = List.of(FocusArea.COST);
        assertEquals("focus-area weight 1 of at most 1.5",
                InitiativeScore.of(initiative, WEIGHTS, 3, weights).parts().get(3).detail());
        // no weights configured: every area weighs 1.0, so every initiative is fully aligned
        assertEquals(0, BigDecimal.valueOf(5).compareTo(InitiativeScore.of(initiative, WEIGHTS, 3, Map.of())
                .parts().get(3).rating()));
    }

    @Test
    void theBuiltInFocusAreaWeightsAreTheDraftingRulesOnes() throws IOException {
        JsonNode drafting;
        try (InputStream in = Files.newInputStream(
                Path.of("../sip-service/src/main/resources/sip-templates/drafting.json"))) {
            drafting = new ObjectMapper().readTree(in).path("priority").path("focusAreaWeights");
        }
        Map<FocusArea, BigDecimal> sip = new EnumMap<>(FocusArea.class);
        drafting.fields().forEachRemaining(e -> sip.put(FocusArea.valueOf(e.getKey()), e.getValue().decimalValue()));
        Map<FocusArea, BigDecimal> initiative = builtInWeights();
        assertEquals(FocusArea.values().length, initiative.size());
        for (FocusArea area : FocusArea.values()) {
            assertEquals(0, sip.get(area).compareTo(initiative.get(area)), area + ": " + sip + " vs " + initiative);
        }
    }

    /** csi.scoring.focus-area-weights.* of initiative-service's application.properties. */
    static Map<FocusArea, BigDecimal> builtInWeights() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        Map<FocusArea, BigDecimal> weights = new EnumMap<>(FocusArea.class);
        String prefix = "csi.scoring.focus-area-weights.";
        properties.stringPropertyNames().stream().filter(name -> name.startsWith(prefix)).forEach(
                name -> weights.put(FocusArea.valueOf(name.substring(prefix.length())),
                        new BigDecimal(properties.getProperty(name))));
        return weights;
    }
}
