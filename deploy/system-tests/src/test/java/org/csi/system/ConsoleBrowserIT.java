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

    /** Ideas (issue 17): a viewer submits and votes in the browser (once); a manager promotes it into an initiative. */
    @Test
    void anIdeaIsSubmittedAndVotedInTheBrowserThenPromotedByAManager() {
        String title = "Status page " + CsiApi.uniqueService("idea");
        Page viewer = browser.newPage(1280, 900);
        ConsoleBrowser.signIn(viewer, "victor@example.com", "csi-viewer");
        viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ideas")).click();
        viewer.locator("details.submit-idea").evaluate("d => d.open = true");
        viewer.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        viewer.getByLabel("What to improve and why (optional)").fill("Users should learn of outages from IT first");
        viewer.getByLabel("Where it comes from").selectOption("CUSTOMER_SURVEY");
        viewer.getByLabel("Survey or response (for a customer's comment)").fill("Survey 2030-Q1, response 118");
        viewer.getByLabel("Customer satisfaction", new Page.GetByLabelOptions().setExact(true)).check();
        viewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the idea")).click();
        contains(viewer.getByRole(AriaRole.STATUS).textContent(), "Submitted", title);
        Locator card = viewer.locator(ideaCard(title));
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vote")).click();
        contains(viewer.getByRole(AriaRole.STATUS).textContent(), "counted: 1 vote");
        // a second vote of the same person changes nothing
        viewer.locator(ideaCard(title))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vote")).click();
        contains(viewer.getByRole(AriaRole.STATUS).textContent(), "before: still 1 vote");
        contains(viewer.locator(ideaCard(title)).textContent(),
                "1 vote", "Customer survey", "Survey 2030-Q1, response 118", "victor@example.com");
        assertEquals(0, viewer.locator("article.idea summary:text-is('Promote')").count(), "viewers do not decide");
        ConsoleBrowser.screenshot(viewer, "ideas");
        viewer.context().close();

        // a manager promotes it; the new initiative lists the idea
        Page page = browser.newPage(1280, 900);
        ConsoleBrowser.signIn(page, "cio@example.com", "csi-manager");
        page.navigate("/ideas");
        Locator idea = page.locator(ideaCard(title));
        idea.locator("summary:text-is('Promote')").click();
        idea.getByLabel("Owner of the new initiative").fill("cio@example.com");
        idea.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Promote")).click();
        contains(page.getByRole(AriaRole.STATUS).textContent(), "Promoted into the new initiative", title);
        Locator promoted = page.locator(ideaCard(title));
        contains(promoted.textContent(), "Promoted by cio@example.com");
        promoted.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("the initiative")).click();
        contains(page.locator("h1").textContent(), title);
        contains(page.locator("section[aria-labelledby=q1]").textContent(), "Ideas taken up", title, "1 vote");
        page.context().close();
    }

    /** Ranking (issue 17): the register sorted by score puts the highest first, and each score explains itself. */
    @Test
    void theRegisterSortedByScoreExplainsEachScore() {
        String service = CsiApi.uniqueService("rank");
        api.post("initiative-service", "/api/v1/initiatives", """
                {"title": "Top ranked %s", "vision": "Ranked", "focusAreas": ["SECURITY"], "services": ["%s"],
                 "owner": "o@example.com", "reviewCadence": "P30D", "benefitRating": 5, "effortRating": 1,
                 "riskRating": 1}""".formatted(service, service));
        Page page = browser.newPage(1280, 900);
        ConsoleBrowser.signIn(page, "cio@example.com", "csi-viewer");
        page.getByLabel("Sort by").selectOption("score");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        page.waitForURL("**sort=score**");
        List<String> scores = page.locator("table.register details.score summary").allTextContents();
        assertTrue(scores.size() >= 1, "scored rows");
        List<Double> values = scores.stream().map(s -> Double.valueOf(s.replace("Score", "").strip())).toList();
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i - 1) >= values.get(i), () -> "highest first: " + values);
        }
        Locator row = page.locator("table.register tr", new Page.LocatorOptions().setHasText("Top ranked " + service));
        row.locator("details.score summary").click();
        contains(row.locator("details.score table").textContent(), "Benefit", "Effort", "Risk", "Alignment", "Rated",
                "Focus area");
        contains(page.locator("section.value").textContent(), "Value: expected against realised");
        ConsoleBrowser.screenshot(page, "register-ranked");
        page.context().close();
    }

    /** The card of the idea with this title (its heading: other cards may name it among the initiatives to attach to). */
    private static String ideaCard(String title) {
        return "article.idea:has(h2:has-text(\"" + title + "\"))";
    }
}
