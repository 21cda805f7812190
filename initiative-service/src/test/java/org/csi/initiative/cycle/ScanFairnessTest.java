package org.csi.initiative.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.csi.initiative.service.CheckpointService;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A scan reviews an initiative at most once: the initiatives it already reviewed are skipped, so one initiative with
 * many due checkpoints cannot use up the batch and starve the others (the scheduler itself also runs meanwhile).
 */
@QuarkusTest
@CsiStackTest("initiative-service")
@AsAdmin
class ScanFairnessTest {

    @Inject
    CheckpointService checkpoints;

    @Test
    void aScanNeverReviewsAnInitiativeItAlreadyReviewed() {
        String id = Api.createInitiative("Many due checkpoints", null);
        for (int i = 0; i < 3; i++) {
            Api.createCheckpoint(id, Instant.now());
        }
        UUID initiative = UUID.fromString(id);
        for (int i = 0; i < 5; i++) {
            Optional<UUID> reviewed = checkpoints.reviewNextDue(Set.of(initiative));
            assertNotEquals(Optional.of(initiative), reviewed, "skipped in this scan");
        }
        // later scans (the scheduler's) review them, one per scan
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get("/api/v1/initiatives/" + id + "/checkpoints?status=PENDING").then().statusCode(200)
                .body("$", hasSize(0)));
    }
}
