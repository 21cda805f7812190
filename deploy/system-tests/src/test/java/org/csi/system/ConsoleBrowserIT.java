package org.csi.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.csi.testkit.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * One CSI cycle through the console in a real browser (headless Chromium): a manager signs in, opens the initiative,
 * sees the KPI chart with baseline, target and the missed checkpoint, approves the SIP on the board (after the
 * submitter was refused by four-eyes), sees the communication, and watches a live event arrive on the open page.
 */
@ExtendWith(RunningSuite.class)
class ConsoleBrowserIT {

    private static ConsoleBrowser browser;
    private static CsiApi api;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new ConsoleBrowser(RunningSuite.get().consoleUrl());
        api = new CsiApi(RunningSuite.get());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Every part appears in the text (the message names the first that does not). */
    static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text != null && text.contains(part), () -> "Expected '" + part + "' in: " + text);
        }
    }

    @Test
    void aManagerRunsTheCycleInTheConsole() {
        String service = CsiApi.uniqueService("console");
        String initiative = api.createInitiative(service, "Console cycle for " + service);
        String objective = api.setMttrObjective(initiative, service, "Restore e-mail within 4 hours");
        api.plan(initiative, List.of("service-owners:EMAIL", "ops-feed:FEED"), "csi.target.missed",
                "csi.sip.drafted", "csi.sip.approved");
        // ten weekly values, the last one now: only values since the cycle started count at the review
        Instant now = Instant.now();
        for (int week = 0; week < 10; week++) {
            api.recordMttr(service, 8.0 - week * 0.2, now.minus(Duration.ofDays(7L * (9 - week))),
                    service + "-" + week);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Float.valueOf(6.2f).equals(api.projectedMttr(service)));
        assertEquals("MISSED", api.reviewNow(initiative).get(objective));
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.sips(initiative).isEmpty());
        String sipId = (String) api.sips(initiative).get(0).get("id");
        // alice submits the drafted plan through the API; the approval must come from someone else
        String alice = TestTokens.forSubject("alice@example.com", "csi-manager");
        api.postAs(alice, "sip-service", "/api/v1/sips/" + sipId + "/submit", "{\"note\": \"Ready\"}");

        // alice, in the browser: the board refuses her approval with the service's four-eyes problem
        Page alicePage = browser.newPage(1280, 900);
        ConsoleBrowser.signIn(alicePage, "alice@example.com", "csi-manager");
        alicePage.navigate("/sips?initiativeId=" + initiative);
        ConsoleBrowser.screenshot(alicePage, "sip-board-submitter");
        Locator aliceCard = alicePage.locator("[data-sip='" + sipId + "']");
        aliceCard.getByText("Approve").first().click();
        aliceCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        contains(alicePage.getByRole(AriaRole.ALERT).textContent().toLowerCase(), "four-eyes");
        alicePage.context().close();

        // the CIO signs in and sees the register
        Page page = browser.newPage(1280, 900);
        ConsoleBrowser.signIn(page, "cio@example.com", "csi-manager");
        contains(page.locator("table.register").textContent(), "Console cycle for " + service);
        ConsoleBrowser.screenshot(page, "register");
        // keyboard: the first Tab reaches "Skip to content", Enter moves the focus to the page's content
        page.keyboard().press("Tab");
        assertEquals("Skip to content", page.evaluate("() => document.activeElement.textContent"));
        page.keyboard().press("Enter");
        assertEquals("main", page.evaluate("() => document.activeElement.id"));

        // the initiative page: the objective's chart with baseline, target and the missed checkpoint
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Console cycle for " + service)).click();
        page.waitForSelector("figure.objective [data-drawn=true]");
        Locator chart = page.locator("figure.objective").first();
        contains(chart.locator("svg").textContent(), "baseline 8", "target 4", "missed");
        contains(chart.locator("details").textContent(), "Missed", "10 measurements");
        contains(page.locator("#q5").textContent(), "Did we get there?");
        contains(page.locator("section[aria-labelledby=q4]").textContent(), "Submitted");
        page.waitForSelector("[data-live-state=open]");
        ConsoleBrowser.screenshot(page, "initiative");

        // the board, in a second tab: the CIO approves; the open initiative page gets the live event
        Page board = page.context().newPage();
        board.navigate("/sips?initiativeId=" + initiative);
        ConsoleBrowser.screenshot(board, "sip-board");
        Locator card = board.locator("[data-sip='" + sipId + "']");
        card.getByText("Approve").first().click();
        card.getByLabel("Note (optional)").fill("Budget line 42");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        contains(board.getByRole(AriaRole.STATUS).textContent(), "is now approved");
        contains(board.locator("section.column.approved").textContent(), "KPI gap");

        page.bringToFront();
        page.waitForSelector(".live-list li[data-event-type='csi.sip.approved']",
                new Page.WaitForSelectorOptions().setTimeout(30_000).setState(WaitForSelectorState.VISIBLE));
        ConsoleBrowser.screenshot(page, "initiative-live");

        // the communications of the initiative, delivered
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.communications(initiative, "csi.sip.approved", "DELIVERED") == 2);
        page.navigate("/communications?initiativeId=" + initiative);
        String feed = page.locator("table").textContent();
        contains(feed, "csi.target.missed", "csi.sip.drafted", "csi.sip.approved", "Delivered");
        ConsoleBrowser.screenshot(page, "communications");

        // the printable report, printed to PDF the way a browser does
        page.navigate("/initiatives/" + initiative + "/report");
        page.waitForSelector("[data-drawn=true]");
        contains(page.locator("main").textContent(), "What is the vision?", "Where are we now?",
                "Where do we want to be?", "How do we get there?", "Did we get there?",
                "How do we keep the momentum going?");
        ConsoleBrowser.screenshot(page, "report");
        page.pdf(new Page.PdfOptions().setPath(ConsoleBrowser.SHOTS.resolve("report.pdf")).setFormat("A4")
                .setPrintBackground(true));

        // the register at phone width
        Page phone = browser.newPage(390, 844);
        ConsoleBrowser.signIn(phone, "cio@example.com", "csi-viewer");
        assertTrue(phone.locator("table.register").isVisible());
        ConsoleBrowser.screenshot(phone, "register-phone");
        phone.navigate("/sips?initiativeId=" + initiative);
        assertEquals(0, phone.locator("details.step").count(), "a viewer gets no lifecycle buttons");
        phone.context().close();
    }
}
