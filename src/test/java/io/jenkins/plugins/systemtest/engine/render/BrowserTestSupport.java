package io.jenkins.plugins.systemtest.engine.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium per test class, started when Debian's {@code chromium} is installed (the project's test
 * command installs it); without it, each test is skipped with a message saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    /** The browser, or null when it is not installed. */
    protected HeadlessChromium chromium;

    @BeforeAll
    void startChromium(@TempDir java.nio.file.Path profile) throws IOException, InterruptedException {
        if (Files.isExecutable(HeadlessChromium.BINARY)) {
            chromium = HeadlessChromium.start(profile);
        }
    }

    @BeforeEach
    void needChromium() {
        assumeTrue(chromium != null, "Chromium is not installed at " + HeadlessChromium.BINARY + "; the project's "
                + "test command installs it (scripts/install-test-tools.sh). Skipping " + getClass().getSimpleName());
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
