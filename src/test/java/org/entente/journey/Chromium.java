package org.entente.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts headless Chromium for journey tests: the system's /usr/bin/chromium when installed (CI installs it),
 * otherwise the browser Playwright downloads for itself on a machine with internet access.
 */
final class Chromium {

    private static final Path SYSTEM = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    static Playwright playwright() {
        Map<String, String> env = Files.isExecutable(SYSTEM)
                ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
        return Playwright.create(new Playwright.CreateOptions().setEnv(env));
    }

    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (Files.isExecutable(SYSTEM)) {
            options.setExecutablePath(SYSTEM);
        }
        return playwright.chromium().launch(options);
    }
}
