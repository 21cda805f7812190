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
}
