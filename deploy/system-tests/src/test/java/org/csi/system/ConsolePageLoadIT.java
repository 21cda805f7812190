package org.csi.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;

import io.restassured.RestAssured;

/**
 * Prints how long the initiative page takes with 12 objectives and two years of weekly measurements each (1,248
 * values): the server's time to render it, and a real browser's time to load it and draw all 12 charts. A figure, not
 * a timed assertion: what the test asserts is that every chart and every value is there. The floor, measured in the
 * same run the same way, is the console's sign-in page: a Qute page of the same console over the same HTTP stack that
 * calls no service and draws no chart; each figure is printed with its ratio to it.
 */
@ExtendWith(RunningSuite.class)
class ConsolePageLoadIT {

    static final int OBJECTIVES = 12;
    static final int WEEKS = 104;

    @Test
    void initiativePageWithTwelveObjectivesAndTwoYearsOfWeeklyMeasurements() throws Exception {
        CsiApi api = new CsiApi(RunningSuite.get());
        String service = CsiApi.uniqueService("load");
        String initiative = api.createInitiative(service, "Page load " + service);
        Instant start = Instant.now().minus(Duration.ofDays(7L * WEEKS));
        for (int k = 1; k <= OBJECTIVES; k++) {
            String kpi = "load.kpi" + k;
            api.post("initiative-service", "/api/v1/initiatives/" + initiative + "/objectives", """
                    {"name": "Objective %d", "kpiKey": "%s", "service": "%s", "baselineValue": 50, "targetValue": 80,
                     "direction": "HIGHER_IS_BETTER", "tolerance": 2, "horizon": "%s", "dueDate": "%s"}"""
                    .formatted(k, kpi, service, k % 3 == 0 ? "LONG_TERM" : "SHORT_TERM",
                            LocalDate.now().plusMonths(6)));
            int objective = k;
            String items = IntStream.range(0, WEEKS).mapToObj(w -> """
                    {"kpiKey": "%s", "service": "%s", "value": %s, "unit": "percent", "measuredAt": "%s",
                     "sourceSystem": "load-test", "sourceId": "%s-%d-%d"}""".formatted(kpi, service,
                    String.format(Locale.ROOT, "%.1f", 50 + 30.0 * w / WEEKS + (w % 5)),
                    start.plus(Duration.ofDays(7L * w)), service, objective, w))
                    .collect(Collectors.joining(",", "{\"measurements\": [", "]}"));
            api.post("assessment-service", "/api/v1/measurements/bulk", items);
        }
        String consoleUrl = RunningSuite.get().consoleUrl();
        String cookie = ConsolePagesIT.session("cio@example.com", "csi-manager");
        String path = "/initiatives/" + initiative;

        List<Long> server = new ArrayList<>();
        List<Long> serverFloor = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long f0 = System.nanoTime();
            RestAssured.given().baseUri(consoleUrl).get("/signin").then().statusCode(200);
            long floorTook = (System.nanoTime() - f0) / 1_000_000;
            long t0 = System.nanoTime();
            String html = RestAssured.given().baseUri(consoleUrl).cookie("csi_console_session", cookie).get(path)
                    .then().statusCode(200).extract().asString();
            long took = (System.nanoTime() - t0) / 1_000_000;
            if (i >= 5) {
                server.add(took);
                serverFloor.add(floorTook);
            }
            assertEquals(OBJECTIVES, html.split("<figure class=\"objective\"", -1).length - 1);
        }

        List<Double> loaded = new ArrayList<>();
        List<Double> drawn = new ArrayList<>();
        List<Double> loadFloor = new ArrayList<>();
        try (ConsoleBrowser browser = new ConsoleBrowser(consoleUrl)) {
            Page page = browser.newPage(1280, 900);
            ConsoleBrowser.signIn(page, "cio@example.com", "csi-manager");
            Page floorPage = browser.newPage(1280, 900);
            for (int i = 0; i < 6; i++) {
                floorPage.navigate("/signin");
                double floorLoad = ((Number) floorPage.evaluate("() => { const n = performance"
                        + ".getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }")).doubleValue();
                if (i > 0) {
                    loadFloor.add(floorLoad);
                }
                long t0 = System.nanoTime();
                page.navigate(path);
                page.waitForFunction("n => document.querySelectorAll('figure.objective [data-drawn=true]').length === n",
                        OBJECTIVES);
                double allDrawn = (System.nanoTime() - t0) / 1e6;
                double load = ((Number) page.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                        + " return n.loadEventEnd - n.startTime; }")).doubleValue();
                if (i > 0) {
                    loaded.add(load);
                    drawn.add(allDrawn);
                }
                assertEquals(OBJECTIVES * WEEKS, ((Number) page.evaluate("() => Array.from(document.querySelectorAll("
                        + "'figure.objective details table:last-of-type tbody tr')).length")).intValue());
            }
            ConsoleBrowser.screenshot(page, "initiative-12-objectives");
        }
        long serverMedian = median(server);
        long serverFloorMedian = Math.max(1, median(serverFloor));
        double loadFloorMedian = Math.max(1, median(loadFloor));
        System.out.printf(Locale.ROOT, "%n[console page load] initiative page, %d objectives x %d weekly measurements "
                + "(%d values); floor: the console's sign-in page (no service call, no chart), same run:%n"
                + "  server (GET over HTTP, 10 runs after 5 warm-up): median %d ms, max %d ms; floor median %d ms; "
                + "ratio %.1fx%n"
                + "  browser (Chromium headless, 5 runs after 1 warm-up): load event median %.0f ms; all %d charts "
                + "drawn median %.0f ms; floor load event median %.0f ms; ratios %.1fx and %.1fx%n%n", OBJECTIVES,
                WEEKS, OBJECTIVES * WEEKS, serverMedian, Collections.max(server), median(serverFloor),
                (double) serverMedian / serverFloorMedian, median(loaded), OBJECTIVES, median(drawn),
                median(loadFloor), median(loaded) / loadFloorMedian, median(drawn) / loadFloorMedian);
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
