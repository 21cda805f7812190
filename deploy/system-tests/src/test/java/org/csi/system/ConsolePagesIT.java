package org.csi.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csi.stack.ConsoleApp;
import org.csi.stack.Ports;
import org.csi.stack.ServiceProcess;

import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/**
 * Every console page rendered by the real console over the real services, read with REST Assured (no browser): the
 * fast check of each page, of sign-in, of escaping and of readable errors.
 */
@ExtendWith(RunningSuite.class)
class ConsolePagesIT {

    private static CsiApi api;
    private static String initiative;
    private static String service;

    @BeforeAll
    static void someData() {
        api = new CsiApi(RunningSuite.get());
        service = CsiApi.uniqueService("pages");
        // a title with markup: every page must show it as text
        initiative = api.createInitiative(service, "<script>alert('x')</script> & pages");
        api.setMttrObjective(initiative, service, "Restore <b>fast</b>");
    }

    /** A session of the console for the person and role, from a one-time link as ./csi open prints it. */
    static String session(String subject, String role) {
        return given().baseUri(RunningSuite.get().consoleUrl()).redirects().follow(false)
                .queryParam("t", TestTokens.consoleTicket(subject, role)).get("/signin/ticket")
                .then().statusCode(303).extract().cookie("csi_console_session");
    }

    static RequestSpecification as(String cookie) {
        return given().baseUri(RunningSuite.get().consoleUrl()).cookie("csi_console_session", cookie)
                .redirects().follow(false);
    }

    @Test
    void everyPageRendersForAManager() {
        String manager = session("maria@example.com", "csi-manager");
        as(manager).get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Register of improvement initiatives"), containsString("/initiatives/" + initiative));
        as(manager).queryParam("service", service).get("/").then().statusCode(200)
                .body(containsString("1 of "), containsString("/initiatives/" + initiative));
        as(manager).queryParam("service", "no-such-service").get("/").then().statusCode(200)
                .body(containsString("No initiative matches these filters"));
        as(manager).queryParam("sort", "title").queryParam("status", "ACTIVE").get("/").then().statusCode(200)
                .body(containsString("/initiatives/" + initiative));
        as(manager).get("/initiatives/" + initiative).then().statusCode(200)
                .body(containsString("What is the vision?"), containsString("How do we keep the momentum going?"),
                        containsString("Restore &lt;b&gt;fast&lt;/b&gt;"), containsString("No measurements of"));
        as(manager).get("/initiatives/" + initiative + "/report").then().statusCode(200)
                .body(containsString("Continual Service Improvement report"), containsString("Print or save as PDF"));
        as(manager).get("/sips").then().statusCode(200).body(containsString("Service Improvement Plans"),
                containsString("Draft"), containsString("Completed"));
        as(manager).get("/services/" + service).then().statusCode(200)
                .body(containsString("Service Gap model"), containsString("Service Portfolio view"));
        as(manager).get("/communications?initiativeId=" + initiative).then().statusCode(200)
                .body(containsString("Communications"));
        as(manager).get("/live").then().statusCode(200).body(containsString("Live CSI events"));
    }

    @Test
    void userTextIsEscapedEverywhere() {
        String manager = session("maria@example.com", "csi-manager");
        for (String path : List.of("/", "/initiatives/" + initiative, "/initiatives/" + initiative + "/report")) {
            as(manager).get(path).then().statusCode(200)
                    .body(not(containsString("<script>alert('x')</script>")))
                    .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; pages"));
        }
    }

    @Test
    void withoutASessionEveryPageSendsThePersonToSignIn() {
        for (String path : List.of("/", "/initiatives/" + initiative, "/sips", "/live", "/communications")) {
            given().baseUri(RunningSuite.get().consoleUrl()).redirects().follow(false).get(path)
                    .then().statusCode(303).header("Location", containsString("/signin?next="));
        }
        given().baseUri(RunningSuite.get().consoleUrl()).get("/signin").then().statusCode(200)
                .body(containsString("Sign in"), containsString("csi-manager"));
    }

    @Test
    void aSignInLinkWorksOnceAndAForgedCookieIsNoSession() {
        String ticket = TestTokens.consoleTicket("maria@example.com", "csi-viewer");
        given().baseUri(RunningSuite.get().consoleUrl()).redirects().follow(false).queryParam("t", ticket)
                .get("/signin/ticket").then().statusCode(303);
        given().baseUri(RunningSuite.get().consoleUrl()).redirects().follow(false).queryParam("t", ticket)
                .get("/signin/ticket").then().statusCode(403).body(containsString("expired or was used already"));
        // an access token is no ticket, and a token of another key is no session
        given().baseUri(RunningSuite.get().consoleUrl()).redirects().follow(false)
                .queryParam("t", TestTokens.forSubject("maria@example.com", "csi-admin")).get("/signin/ticket")
                .then().statusCode(403);
        as("eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5In0.").get("/").then().statusCode(303);
        // the local sign-in never sends a person elsewhere
        given().baseUri(RunningSuite.get().consoleUrl()).redirects().follow(false)
                .formParam("name", "maria").formParam("role", "csi-viewer").formParam("next", "//evil.example/")
                .post("/signin").then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void theConsoleRefusesToStartWithLocalSignInInTheProdProfile() throws Exception {
        Path keys = Path.of(System.getProperty(TestTokens.PRIVATE_KEY_PROPERTY)).getParent();
        Map<String, String> config = new LinkedHashMap<>(ConsoleApp.config(Map.of(), "localhost:9", keys,
                TestTokens.ISSUER));
        config.put("quarkus.profile", "prod");
        config.put("quarkus.oidc.tenant-enabled", "false");
        Path log = Path.of("target/system-test-logs/csi-console-prod-refusal.log").toAbsolutePath();
        ServiceProcess console = ConsoleApp.start(
                Path.of(System.getProperty("csi.repository.root", "../..")).toAbsolutePath().normalize(),
                Ports.free(), config, log);
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> !console.isAlive());
            String output = Files.readString(log);
            org.junit.jupiter.api.Assertions.assertTrue(output.contains("must not run in the prod profile"), output);
        } finally {
            console.stop();
        }
    }

    @Test
    void errorsAreReadablePagesAndFormsFromElsewhereAreRefused() {
        String viewer = session("victor@example.com", "csi-viewer");
        as(viewer).get("/initiatives/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("<h1>"), not(containsString("at org.")));
        as(viewer).get("/initiatives/not-an-id").then().statusCode(404).body(containsString("Not found"));
        // a viewer reads the board but has no buttons; and the service's 403 comes back as a page, not a stack trace
        String sip = api.post("sip-service", "/api/v1/sips", """
                {"title": "Pages SIP", "service": "%s", "owner": "maria@example.com"}""".formatted(service))
                .getString("id");
        as(viewer).get("/sips").then().statusCode(200).body(not(containsString("/sips/" + sip + "/submit")));
        as(viewer).header("Origin", RunningSuite.get().consoleUrl()).formParam("text", "go")
                .post("/sips/" + sip + "/submit").then().statusCode(403).body(containsString("role="),
                        not(containsString("Exception")));
        as(viewer).header("Origin", "http://evil.example").formParam("text", "go")
                .post("/sips/" + sip + "/submit").then().statusCode(403).body(startsWith("Refused"));
    }

    // --- issue 17: value, regressions, ITSM links, ranking, ideas ---

    /** An initiative with typed benefits, an ITSM reference and ratings; answers its id. */
    private static String ratedInitiative(String service, String title, String problem, int benefit, int effort) {
        return api.post("initiative-service", "/api/v1/initiatives", """
                {"title": "%s", "vision": "Value of %s", "focusAreas": ["SECURITY"], "services": ["%s"],
                 "owner": "owner-%s@example.com", "reviewCadence": "P30D", "benefitRating": %d, "effortRating": %d,
                 "riskRating": 1, "expectedBenefits": [{"kind": "MONEY_PER_YEAR", "amount": 120000, "currency": "EUR"},
                   {"kind": "HOURS_SAVED_PER_MONTH", "amount": 40}],
                 "references": [{"system": "servicenow", "type": "PROBLEM", "id": "%s",
                   "url": "https://itsm.example/problem/%s", "title": "Relay drops mail"}]}"""
                .formatted(title, service, service, service, benefit, effort, problem, problem)).getString("id");
    }

    @Test
    void theRegisterRanksByScoreExplainsTheScoreFiltersByRecordAndTotalsTheValue() {
        String valueService = CsiApi.uniqueService("value");
        String problem = "PRB" + valueService.substring(valueService.length() - 8).toUpperCase().replaceAll("[^A-Z0-9]", "0");
        String high = ratedInitiative(valueService, "Ranked high " + valueService, problem, 5, 1);
        String low = ratedInitiative(valueService, "Ranked low " + valueService, problem + "X", 1, 5);
        String manager = session("maria@example.com", "csi-manager");

        String ranked = as(manager).queryParam("sort", "score").queryParam("service", valueService).get("/")
                .then().statusCode(200).body(containsString("score (highest first)"), containsString("Score "),
                        containsString("How the score adds up"), containsString("Benefit"), containsString("Rated"),
                        containsString("Value: expected against realised"), containsString("Money per year (EUR)"),
                        containsString("Hours saved per month"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(ranked.indexOf("/initiatives/" + high) < ranked.indexOf(
                "/initiatives/" + low), "the higher score first");
        // the ITSM record filter: only the initiative that refers to it
        as(manager).queryParam("ref", "servicenow:problem:" + problem).get("/").then().statusCode(200)
                .body(containsString("1 of 1 initiatives"), containsString("/initiatives/" + high),
                        not(containsString("/initiatives/" + low)));

        // the initiative: expected benefits, its links, its score; closed with an outcome
        given().baseUri(RunningSuite.get().url("initiative-service")).contentType("application/json")
                .body("{\"reason\": \"Done\", \"outcome\": \"SUCCESSFUL\", \"outcomeCategory\": \"TIME_SAVING\"}")
                .post("/api/v1/initiatives/" + high + "/close").then().statusCode(200);
        as(manager).get("/initiatives/" + high).then().statusCode(200)
                .body(containsString("120000 EUR a year"), containsString("40 hours saved a month"),
                        containsString("href=\"https://itsm.example/problem/" + problem + "\""),
                        containsString("Relay drops mail"), containsString("Successful"), containsString("Time saving"),
                        containsString("How the score adds up"));
    }

    @Test
    void aRegressionItsRealisationItsLinksAndTheChangeAskedForAreShown() {
        String kpiService = CsiApi.uniqueService("regress");
        String id = api.createInitiative(kpiService, "Regression pages " + kpiService);
        String objective = api.post("initiative-service", "/api/v1/initiatives/" + id + "/objectives", """
                {"name": "Keep restores fast", "kpiKey": "%s", "service": "%s", "baselineValue": 8, "targetValue": 4,
                 "direction": "LOWER_IS_BETTER", "tolerance": 0.5, "horizon": "SHORT_TERM", "dueDate": "%s",
                 "regressionWatch": {"consecutiveValues": 3},
                 "references": [{"system": "servicenow", "type": "INCIDENT", "id": "INC0010001",
                   "url": "https://itsm.example/incident/INC0010001", "title": "Mail down"}]}"""
                .formatted(CsiApi.MTTR, kpiService, java.time.LocalDate.now().plusMonths(3))).getString("id");
        String objectivePath = "/api/v1/initiatives/" + id + "/objectives/" + objective;
        record(kpiService, 6.5);
        await().atMost(Duration.ofSeconds(60)).until(() -> Float.valueOf(6.5f).equals(api.projectedMttr(kpiService)));
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(objective, "MISSED"), api.reviewNow(id));
        String earlier = (String) await().atMost(Duration.ofSeconds(60)).until(() -> api.sips(id), s -> !s.isEmpty())
                .get(0).get("id");
        // the drafted plan states its value, then it is carried through and completed with what it realised
        int version = api.get("sip-service", "/api/v1/sips/" + earlier, Map.of()).getInt("version");
        given().baseUri(RunningSuite.get().url("sip-service")).contentType("application/json")
                .header("If-Match", "\"" + version + "\"").body("""
                        {"expectedBenefits": [{"kind": "MONEY_PER_YEAR", "amount": 50000, "currency": "EUR"}],
                         "cost": {"amount": 20000, "currency": "EUR"}, "effortPersonDays": 10}""")
                .patch("/api/v1/sips/" + earlier).then().statusCode(200);
        completeSip(earlier);
        record(kpiService, 3.8);
        awaitWatch(objectivePath, "WATCHING");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .baseUri(RunningSuite.get().url("assessment-service")).get("/api/v1/sips/" + earlier + "/realisation")
                .then().statusCode(200).body("afterCount", org.hamcrest.Matchers.greaterThan(0)));
        String manager = session("maria@example.com", "csi-manager");
        as(manager).get("/sips?initiativeId=" + id).then().statusCode(200)
                .body(containsString("Realisation"), containsString("mean before 6.5"), containsString("gap closed"),
                        containsString("50000 EUR a year"), containsString("20000 EUR"), containsString("2.5 \u00d7"),
                        containsString("40000 EUR a year"), containsString("2 \u00d7"));
        as(manager).get("/initiatives/" + id).then().statusCode(200)
                .body(containsString("Regression watch"), containsString("Watching"),
                        containsString("href=\"https://itsm.example/incident/INC0010001\""),
                        containsString("Value per SIP"));

        // the KPI slides back: three values outside the tolerance make a regression and a REGRESSION SIP
        record(kpiService, 5.0);
        record(kpiService, 5.1);
        record(kpiService, 5.2);
        awaitWatch(objectivePath, "REGRESSED");
        Map<String, Object> regression = await().atMost(Duration.ofSeconds(60)).until(() -> api.sips(id).stream()
                .filter(s -> "REGRESSION".equals(s.get("origin"))).findFirst().orElse(null), s -> s != null);
        String sip = (String) regression.get("id");
        // an action links an ITSM record and asks for a change
        String action = api.get("sip-service", "/api/v1/sips/" + sip, Map.of()).getString("actions[0].id");
        api.post("sip-service", "/api/v1/sips/" + sip + "/actions/" + action + "/references", """
                {"system": "servicenow", "type": "KNOWLEDGE", "id": "KB0001234", "url": "https://itsm.example/kb/1",
                 "title": "Relay runbook"}""");
        given().baseUri(RunningSuite.get().url("sip-service")).contentType("application/json")
                .body("{\"note\": \"Add a relay node\"}")
                .post("/api/v1/sips/" + sip + "/actions/" + action + "/change-request").then().statusCode(202);
        as(manager).get("/sips?initiativeId=" + id).then().statusCode(200)
                .body(containsString("class=\"flag regression\">Regression"), containsString("The KPI slid back after"),
                        containsString("#sip-" + earlier), containsString("id=\"sip-" + earlier + "\""),
                        containsString("change Pending"), containsString("href=\"https://itsm.example/kb/1\""));
        as(manager).get("/initiatives/" + id).then().statusCode(200)
                .body(containsString("Regressed"), containsString("#sip-" + earlier));
    }

    @Test
    void ideasAreListedAndTheServicesProblemsAreReadablePages() {
        String title = "Pages idea " + CsiApi.uniqueService("idea");
        String viewer = session("victor@example.com", "csi-viewer");
        as(viewer).header("Origin", RunningSuite.get().consoleUrl()).formParam("title", title)
                .formParam("source", "STAFF").formParam("focusArea", "SECURITY").post("/ideas")
                .then().statusCode(303).header("Location", containsString("/ideas?done="));
        String idea = api.get("initiative-service", "/api/v1/ideas", Map.of("sort", "newest", "size", 200))
                .getList("items.findAll { it.title == '" + title + "' }.id", String.class).get(0);
        as(viewer).header("Origin", RunningSuite.get().consoleUrl()).post("/ideas/" + idea + "/vote")
                .then().statusCode(303);
        as(viewer).get("/ideas").then().statusCode(200).body(containsString(title), containsString("1 vote"),
                containsString("/ideas/" + idea + "/vote"), not(containsString("/ideas/" + idea + "/promote")));
        // a viewer may not promote: the service's 403 as a readable page
        as(viewer).header("Origin", RunningSuite.get().consoleUrl()).formParam("owner", "victor@example.com")
                .post("/ideas/" + idea + "/promote").then().statusCode(403)
                .body(containsString("class=\"problem\""), not(containsString("Exception")));
        // a manager rejects it; a vote for a decided idea is the service's 409, shown on the list
        String manager = session("maria@example.com", "csi-manager");
        as(manager).header("Origin", RunningSuite.get().consoleUrl()).formParam("reason", "Covered already")
                .post("/ideas/" + idea + "/reject").then().statusCode(303);
        as(manager).header("Origin", RunningSuite.get().consoleUrl()).post("/ideas/" + idea + "/vote")
                .then().statusCode(409).body(containsString("role=\"alert\""), not(containsString("Exception")));
        as(manager).queryParam("status", "REJECTED").get("/ideas").then().statusCode(200)
                .body(containsString(title), containsString("Covered already"));
        // another idea attached to an initiative from the console: the initiative lists it
        String attached = api.post("initiative-service", "/api/v1/ideas", """
                {"title": "Attached %s", "source": "SERVICE_DESK"}""".formatted(title)).getString("id");
        as(manager).get("/ideas").then().statusCode(200).body(containsString("/ideas/" + attached + "/attach"),
                containsString("<option value=\"" + initiative + "\">"));
        as(manager).header("Origin", RunningSuite.get().consoleUrl()).formParam("initiativeId", initiative)
                .formParam("note", "Belongs here").post("/ideas/" + attached + "/attach").then().statusCode(303);
        as(manager).get("/initiatives/" + initiative).then().statusCode(200)
                .body(containsString("Ideas taken up"), containsString("Attached " + title),
                        containsString("href=\"/ideas#idea-" + attached + "\""));
    }

    private static void record(String service, double hours) {
        // strictly increasing, so the watch judges each value as the newest
        api.recordMttr(service, hours, java.time.Instant.now(), service + "-" + java.util.UUID.randomUUID());
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitWatch(String path, String state) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .baseUri(RunningSuite.get().url("initiative-service")).get(path).then().statusCode(200)
                .body("regressionWatch.state", org.hamcrest.Matchers.equalTo(state)));
    }

    /** Submitted by the owner, approved by someone else (four-eyes), started, its actions done, completed. */
    private static void completeSip(String sipId) {
        String maria = TestTokens.forSubject("maria.keller@example.com", "csi-manager");
        String cio = TestTokens.forSubject("cio@example.com", "csi-manager");
        api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/submit", "{}");
        api.postAs(cio, "sip-service", "/api/v1/sips/" + sipId + "/approve", "{}");
        api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/start", "{}");
        for (Map<?, ?> action : api.get("sip-service", "/api/v1/sips/" + sipId, Map.of()).getList("actions", Map.class)) {
            given().baseUri(RunningSuite.get().url("sip-service")).contentType("application/json")
                    .header("If-Match", "\"" + action.get("version") + "\"").body("{\"status\": \"DONE\"}")
                    .patch("/api/v1/sips/" + sipId + "/actions/" + action.get("id")).then().statusCode(200);
        }
        api.postAs(maria, "sip-service", "/api/v1/sips/" + sipId + "/complete", """
                {"resultNote": "MTTR at 3.8 h", "realisedBenefits": [{"kind": "MONEY_PER_YEAR", "amount": 40000,
                 "currency": "EUR"}]}""");
    }
}
