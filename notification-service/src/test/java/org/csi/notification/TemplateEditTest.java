package org.csi.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.csi.events.CsiEventType;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.security.AsAdmin;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An operator edits the message template of an event type in csi.notification.template-dir (test profile:
 * target/test-message-templates) and the next message uses it, with no recompiling or restart; a broken template falls
 * back to the packaged one so the three sections are always there.
 */
@QuarkusTest
@CsiStackTest("notification-service")
@AsAdmin
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class TemplateEditTest {

    static final Path DIR = Path.of("target/test-message-templates");
    static final Path TEMPLATE = DIR.resolve("csi.target.achieved.txt");

    @InjectCsiStack
    CsiStack stack;

    @Test
    void editedTemplateIsUsedForTheNextMessage() throws Exception {
        Files.createDirectories(DIR);
        UUID initiativeId = UUID.randomUUID();
        try {
            write("""
                    ## subject
                    Well done, {audience.name}: {event.objectiveName}
                    ## service-implications
                    {event.kpiKey} is now {event.actualValue}.
                    ## personnel-impact
                    Nothing changes for you.
                    ## approach
                    Keep measuring.
                    """, 1);
            publishAchieved(initiativeId, "v1");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .queryParam("initiativeId", initiativeId).queryParam("eventType", "csi.target.achieved")
                    .get("/api/v1/communications").then().statusCode(200).body("totalItems", equalTo(1))
                    .body("items[0].subject", equalTo("Well done, initiative-stakeholders: Objective v1"))
                    .body("items[0].sections.serviceImplications", org.hamcrest.Matchers.endsWith(" is now 6.5."))
                    .body("items[0].sections.approach", equalTo("Keep measuring.")));

            write("""
                    ## subject
                    Second wording: {event.objectiveName}
                    ## service-implications
                    Reached {event.actualValue} {event.unit}.
                    ## personnel-impact
                    The service desk keeps the new triage.
                    ## approach
                    Checked again at the next checkpoint.
                    """, 2);
            publishAchieved(initiativeId, "v2");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .queryParam("initiativeId", initiativeId).queryParam("eventType", "csi.target.achieved")
                    .get("/api/v1/communications").then().statusCode(200).body("totalItems", equalTo(2))
                    .body("items[0].subject", equalTo("Second wording: Objective v2"))
                    .body("items[0].sections.personnelImpact", equalTo("The service desk keeps the new triage.")));

            // a template that leaves out a section is not used: the packaged one speaks instead
            write("## subject\nBroken {event.objectiveName}\n## service-implications\nonly this\n", 3);
            publishAchieved(initiativeId, "v3");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .queryParam("initiativeId", initiativeId).queryParam("eventType", "csi.target.achieved")
                    .get("/api/v1/communications").then().statusCode(200).body("totalItems", equalTo(3))
                    .body("items[0].subject", startsWith("Target achieved: Objective v3"))
                    .body("items[0].sections.approach", startsWith("The result is kept under measurement")));
        } finally {
            Files.deleteIfExists(TEMPLATE);
        }
    }

    /** Writes the template and moves its modification time on, as an editor saving it later would. */
    private static void write(String template, int generation) throws Exception {
        Files.writeString(TEMPLATE, template);
        Files.setLastModifiedTime(TEMPLATE, FileTime.from(Instant.now().plusSeconds(generation * 10L)));
    }

    private void publishAchieved(UUID initiativeId, String objective) {
        Events.publish(stack.bootstrapServers(), CsiEventType.TARGET_ACHIEVED, UUID.randomUUID().toString(),
                initiativeId, Events.payload(CsiEventType.TARGET_ACHIEVED, Map.of("initiativeId",
                        initiativeId.toString(), "objectiveName", "Objective " + objective, "actualValue", 6.5)));
    }
}
