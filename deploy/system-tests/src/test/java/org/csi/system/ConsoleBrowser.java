package org.csi.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The distribution's headless Chromium (/usr/bin/chromium, installed by deploy/tools/ensure-chromium.sh), driven by
 * Playwright for Java; no browser is downloaded. Screenshots and PDFs go to target/console-screenshots.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SHOTS = Path.of("target/console-screenshots");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CSI_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    ConsoleBrowser(String baseUrl) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: deploy/tools/ensure-chromium.sh installs it "
                    + "(apt-get install chromium); the browser tests are never skipped");
        }
        Files.createDirectories(SHOTS);
        this.baseUrl = baseUrl;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // as root in CI; and no calls home, which this machine's closed network refuses
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A fresh browser profile (no cookies) at the given width. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setBaseURL(baseUrl));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Signs in through the console's own sign-in form, as a person would. */
    static void signIn(Page page, String name, String role) {
        page.navigate("/signin");
        page.getByLabel("Your name or e-mail").fill(name);
        page.getByLabel(role).check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/");
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
