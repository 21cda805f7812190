package org.csi.initiative.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.csi.events.CsiTopics;
import org.csi.stack.CsiStack;
import org.csi.testkit.CsiStackTest;
import org.csi.testkit.InjectCsiStack;
import org.csi.testkit.TopicProbe;
import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Ideas through the API: any read role submits and votes (once per caller, the voter being the token's caller), lists
 * sort by votes or newest, a manager promotes an idea into an initiative or attaches it to one and the initiative
 * lists it; read roles cannot decide, and bad input is a problem.
 */
@QuarkusTest
@CsiStackTest("initiative-service")
class IdeasTest {

    static final String MANAGER = TestTokens.forSubject("cim@example.com", "csi-manager");

    @InjectCsiStack
    CsiStack stack;

    static String token(String subject, String role) {
        return TestTokens.forSubject(subject, role);
    }

    static ValidatableResponse post(String token, String path, String body) {
        var request = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).post(path).then();
    }

    static ValidatableResponse get(String path) {
        return given().header("Authorization", "Bearer " + MANAGER).get(path).then();
    }

    static String submit(String token, String title) {
        return post(token, "/api/v1/ideas", """
                {"title": "%s", "description": "Users want to hear about outages first", "source": "STAFF",
                 "focusAreas": ["CUSTOMER_SATISFACTION"]}""".formatted(title)).statusCode(201).extract().path("id");
    }

    @Test
    void aViewerSubmitsACustomerCommentAndEveryReadRoleVotesOnce() {
        String viewerName = "viewer-" + UUID.randomUUID() + "@example.com";
        String viewer = token(viewerName, "csi-viewer");
        String id = post(viewer, "/api/v1/ideas", """
                {"title": "Status page for e-mail", "source": "CUSTOMER_SURVEY",
                 "surveyReference": "CSAT 2030-Q1 response 118", "focusAreas": ["CUSTOMER_SATISFACTION"]}""")
                .statusCode(201).header("Location", containsString("/api/v1/ideas/"))
                .body("status", equalTo("SUBMITTED"), "source", equalTo("CUSTOMER_SURVEY"),
                        "surveyReference", equalTo("CSAT 2030-Q1 response 118"), "votes", equalTo(0),
                        "submittedBy", equalTo(viewerName))
                .extract().path("id");

        // the first vote of each caller counts (201), a repeated one does not (200)
        post(viewer, "/api/v1/ideas/" + id + "/votes", null).statusCode(201).body("votes", equalTo(1));
        post(viewer, "/api/v1/ideas/" + id + "/votes", null).statusCode(200).body("votes", equalTo(1));
        for (String role : new String[] { "csi-analyst", "csi-integration", "csi-manager" }) {
            post(token(role + "@example.com-" + UUID.randomUUID(), role), "/api/v1/ideas/" + id + "/votes", null)
                    .statusCode(201);
        }
        get("/api/v1/ideas/" + id).statusCode(200).body("votes", equalTo(4));
        // the operation takes no body: a voter named in one changes nothing, the voter is the caller (who voted)
        post(viewer, "/api/v1/ideas/" + id + "/votes", "{\"voter\": \"someone@example.com\"}").statusCode(200)
                .body("votes", equalTo(4));
    }

    @Test
    void concurrentVotesOfOneCallerCountOnce() throws Exception {
        String id = submit(MANAGER, "Concurrent votes");
        String voter = token("eager-" + UUID.randomUUID() + "@example.com", "csi-viewer");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Integer> vote = () -> post(voter, "/api/v1/ideas/" + id + "/votes", null).extract()
                        .statusCode();
                answers.add(pool.submit(vote));
            }
            int counted = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                counted += status == 201 ? 1 : 0;
                assertEquals(true, status == 201 || status == 200, "status " + status);
            }
            assertEquals(1, counted);
        } finally {
            pool.shutdownNow();
        }
        get("/api/v1/ideas/" + id).body("votes", equalTo(1));
    }

    @Test
    void listsSortByVotesOrNewest() {
        String marker = "Sorted " + UUID.randomUUID();
        String older = submit(MANAGER, marker + " older");
        String newer = submit(MANAGER, marker + " newer");
        for (int i = 0; i < 2; i++) {
            post(token("fan" + i + "-" + UUID.randomUUID(), "csi-viewer"), "/api/v1/ideas/" + older + "/votes", null)
                    .statusCode(201);
        }
        List<String> byVotes = given().header("Authorization", "Bearer " + MANAGER).queryParam("size", 200)
                .get("/api/v1/ideas").then().statusCode(200).extract().path("items.id");
        assertEquals(true, byVotes.indexOf(older) < byVotes.indexOf(newer), byVotes.toString());
        List<String> newest = given().header("Authorization", "Bearer " + MANAGER).queryParam("sort", "newest")
                .queryParam("size", 200).get("/api/v1/ideas").then().statusCode(200).extract().path("items.id");
        assertEquals(true, newest.indexOf(newer) < newest.indexOf(older), newest.toString());
        given().header("Authorization", "Bearer " + MANAGER).queryParam("sort", "score").get("/api/v1/ideas").then()
                .statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void aManagerPromotesAnIdeaIntoAnInitiativeThatListsIt() {
        String viewer = token("staff-" + UUID.randomUUID() + "@example.com", "csi-viewer");
        String id = submit(viewer, "Major-incident page");
        post(viewer, "/api/v1/ideas/" + id + "/votes", null).statusCode(201);
        // a read role cannot decide
        post(viewer, "/api/v1/ideas/" + id + "/promote", "{\"owner\": \"jane.doe@example.com\"}").statusCode(403);
        post(token("a@example.com", "csi-analyst"), "/api/v1/ideas/" + id + "/reject", "{\"reason\": \"no\"}")
                .statusCode(403);

        try (TopicProbe probe = TopicProbe.fromNow(stack.bootstrapServers(), CsiTopics.INITIATIVES)) {
            String initiative = post(MANAGER, "/api/v1/ideas/" + id + "/promote", """
                    {"owner": "jane.doe@example.com", "benefitRating": 4, "note": "Most voted"}""")
                    .statusCode(201).header("Location", containsString("/api/v1/initiatives/"))
                    .body("title", equalTo("Major-incident page"),
                            "vision", equalTo("Users want to hear about outages first"),
                            "focusAreas", contains("CUSTOMER_SATISFACTION"), "benefitRating", equalTo(4),
                            "ideas.id", contains(id), "ideas[0].status", equalTo("PROMOTED"),
                            "ideas[0].votes", equalTo(1))
                    .extract().path("id");
            List<ConsumerRecord<String, String>> created = probe.await(r -> initiative.equals(r.key())
                    && "csi.initiative.created".equals(TopicProbe.header(r, "ce_type")), 1, Duration.ofSeconds(20));
            assertEquals(1, created.size());
            get("/api/v1/ideas/" + id).statusCode(200).body("status", equalTo("PROMOTED"),
                    "initiativeId", equalTo(initiative), "decidedBy", equalTo("cim@example.com"),
                    "decisionNote", equalTo("Most voted"));
            get("/api/v1/initiatives/" + initiative).statusCode(200).body("ideas.id", contains(id));
            get("/api/v1/initiatives/" + initiative + "/history?size=200").statusCode(200)
                    .body("items.action", hasItem("IDEA_PROMOTED"));

            // decided once: a second decision and further votes are conflicts
            post(MANAGER, "/api/v1/ideas/" + id + "/promote", "{\"owner\": \"jane.doe@example.com\"}")
                    .statusCode(409).contentType("application/problem+json");
            post(viewer, "/api/v1/ideas/" + id + "/votes", null).statusCode(409);

            // a second idea attached to the same initiative
            String second = submit(viewer, "Outage SMS");
            post(MANAGER, "/api/v1/ideas/" + second + "/attach", """
                    {"initiativeId": "%s", "note": "Same goal"}""".formatted(initiative)).statusCode(200)
                    .body("status", equalTo("ATTACHED"), "initiativeId", equalTo(initiative));
            get("/api/v1/initiatives/" + initiative).statusCode(200).body("ideas.id", contains(id, second),
                    "ideas.status", contains("PROMOTED", "ATTACHED"));
            // the list of ideas by status
            given().header("Authorization", "Bearer " + MANAGER).queryParam("status", "ATTACHED")
                    .queryParam("size", 200).get("/api/v1/ideas").then().statusCode(200)
                    .body("items.id", hasItem(second), "items.status", org.hamcrest.Matchers.everyItem(
                            equalTo("ATTACHED")));
        }
    }

    @Test
    void rejectAttachToUnknownOrClosedAndBadInput() {
        String id = submit(MANAGER, "Rejected idea");
        post(MANAGER, "/api/v1/ideas/" + id + "/reject", "{\"reason\": \"Covered by the catalogue\"}")
                .statusCode(200).body("status", equalTo("REJECTED"), "initiativeId", nullValue(),
                        "decisionNote", equalTo("Covered by the catalogue"));

        String other = submit(MANAGER, "Attach me");
        post(MANAGER, "/api/v1/ideas/" + other + "/attach", "{\"initiativeId\": \"" + UUID.randomUUID() + "\"}")
                .statusCode(404);
        String closed = post(MANAGER, "/api/v1/initiatives", RankedRegisterTest.body("x@example.com", "\"COST\"", ""))
                .statusCode(201).extract().path("id");
        post(MANAGER, "/api/v1/initiatives/" + closed + "/close", "{}").statusCode(200);
        post(MANAGER, "/api/v1/ideas/" + other + "/attach", "{\"initiativeId\": \"" + closed + "\"}").statusCode(409);
        get("/api/v1/ideas/" + other).body("status", equalTo("SUBMITTED"));

        // promoting an idea without focus areas needs them in the body
        String bare = post(MANAGER, "/api/v1/ideas", "{\"title\": \"No focus\", \"source\": \"SERVICE_DESK\"}")
                .statusCode(201).extract().path("id");
        post(MANAGER, "/api/v1/ideas/" + bare + "/promote", "{\"owner\": \"o@example.com\"}").statusCode(400)
                .body("errors.field", hasItem("focusAreas"));
        get("/api/v1/ideas/" + bare).body("status", equalTo("SUBMITTED"));
        post(MANAGER, "/api/v1/ideas/" + bare + "/promote", "{\"owner\": \"o@example.com\", \"focusAreas\": [\"COST\"]}")
                .statusCode(201).body("vision", equalTo("No focus"));

        post(MANAGER, "/api/v1/ideas", "{}").statusCode(400).body("errors.field", hasItem("title"),
                "errors.field", hasItem("source"));
        post(MANAGER, "/api/v1/ideas", "{\"title\": \"x\", \"source\": \"TWITTER\"}").statusCode(400);
        post(MANAGER, "/api/v1/ideas", "{\"title\": \"" + "x".repeat(201) + "\"}").statusCode(400)
                .body("errors.field", hasItem("title"));
        post(MANAGER, "/api/v1/ideas", "{\"title\": \"x\", \"source\": \"STAFF\", \"submittedBy\": \"m@x.org\"}")
                .statusCode(400)
                .body("errors.field", hasItem("submittedBy"));
        post(MANAGER, "/api/v1/ideas/" + UUID.randomUUID() + "/votes", null).statusCode(404);
        post(MANAGER, "/api/v1/ideas/" + other + "/promote", "{}").statusCode(400).body("errors.field",
                hasItem("owner"));
        post(MANAGER, "/api/v1/ideas/" + other + "/reject", "{\"reason\": \" \"}").statusCode(400);
        post(MANAGER, "/api/v1/ideas/" + other + "/attach", "{}").statusCode(400);
        get("/api/v1/ideas/" + UUID.randomUUID()).statusCode(404);
    }
}
